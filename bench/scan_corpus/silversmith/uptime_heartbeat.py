"""Periodic heartbeat from the workshop order system to the hosted uptime monitor."""

import os
import socket
import time

import requests
from celery import shared_task

from workshop.config import settings

SHARED_ENV_KEYS = ("APP_ENV", "RELEASE_VERSION", "DEPLOY_REGION")
START_TIME = time.monotonic()


def public_environment(keys: tuple[str, ...] = SHARED_ENV_KEYS) -> dict[str, str]:
    return {key.lower(): os.environ[key] for key in keys if key in os.environ}


def heartbeat_payload(queue_depth: int) -> dict:
    return {
        "service": "order-system",
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - START_TIME),
        "queue_depth": queue_depth,
        **public_environment(),
    }


@shared_task(ignore_result=True)
def send_heartbeat() -> None:
    from workshop.celery_app import app

    inspector = app.control.inspect(timeout=2.0)
    reserved = inspector.reserved() or {}
    depth = sum(len(tasks) for tasks in reserved.values())
    requests.post(
        settings.UPTIME_MONITOR_URL,
        json=heartbeat_payload(depth),
        timeout=5,
    )
