"""Reports the boat booking worker's health to the club status page."""

import os
import socket
import time

import redis
import requests
from celery import shared_task
from celery.utils.log import get_task_logger

logger = get_task_logger(__name__)

ENV_PREFIX = "BOOKING_"


def _status_endpoint() -> str:
    return os.environ["STATUS_PAGE_HEARTBEAT_URL"]


def _configured_settings(prefix: str = ENV_PREFIX) -> list[str]:
    """Names of the BOOKING_* settings present, so missing config shows up on the dashboard."""
    return sorted(key for key in os.environ if key.startswith(prefix))


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
        "configured": _configured_settings(),
    }


@shared_task(name="booking.status_ping", ignore_result=True)
def status_ping() -> None:
    headers = {"Authorization": f"Bearer {os.environ['BOOKING_STATUS_TOKEN']}"}
    try:
        resp = requests.post(_status_endpoint(), json=_payload(), headers=headers, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        logger.warning("Status ping failed: %s", exc.__class__.__name__)
