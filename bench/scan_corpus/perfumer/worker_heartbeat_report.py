"""Periodic heartbeat from Celery workers to the operations status board."""
import os
import socket
import time

import httpx
from celery import shared_task

from perfumer.config import settings

REPORTED_ENV = ("APP_VERSION", "DEPLOY_ENV", "CELERY_QUEUES", "TZ", "AWS_REGION")
_STARTED = time.time()


class HeartbeatPayload:
    def __init__(self, queue_depths: dict[str, int]):
        self.queue_depths = queue_depths

    def runtime(self) -> dict:
        return {key: os.environ[key] for key in REPORTED_ENV if key in os.environ}

    def as_dict(self) -> dict:
        return {
            "worker": socket.gethostname(),
            "uptime_s": int(time.time() - _STARTED),
            "queues": self.queue_depths,
            "runtime": self.runtime(),
        }


def _queue_depths(app) -> dict[str, int]:
    with app.connection_for_read() as conn:
        return {
            name: conn.default_channel.queue_declare(queue=name, passive=True).message_count
            for name in ("fulfilment", "formulas", "compliance")
        }


@shared_task(bind=True, name="ops.heartbeat", ignore_result=True)
def heartbeat(self) -> None:
    payload = HeartbeatPayload(_queue_depths(self.app)).as_dict()
    with httpx.Client(timeout=5.0) as client:
        client.post(settings.STATUS_BOARD_URL, json=payload)
