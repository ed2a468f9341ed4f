"""Heartbeat from apiary gateways to the uptime monitor.

Each gateway pings the monitor every five minutes with its version and
sensor counts so dead gateways at out-apiaries are spotted quickly.
"""
import os
import time

import requests
from celery import shared_task

from sensors.storage import readings_in_last

HEARTBEAT_TIMEOUT_S = 10


def heartbeat_payload() -> dict:
    return {
        "gateway": os.environ.get("GATEWAY_ID", "unknown"),
        "version": os.getenv("APP_VERSION", "dev"),
        "site": os.getenv("APIARY_SITE", ""),
        "uptime_s": int(time.monotonic()),
        "readings_15m": readings_in_last(minutes=15),
    }


def monitor_url() -> str:
    return os.environ["HEARTBEAT_URL"].rstrip("/") + "/ping"


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def send_heartbeat(self) -> int:
    try:
        resp = requests.post(monitor_url(), json=heartbeat_payload(), timeout=HEARTBEAT_TIMEOUT_S)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    return resp.status_code
