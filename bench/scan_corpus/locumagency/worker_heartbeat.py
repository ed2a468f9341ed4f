"""Heartbeat from the shift-offer workers to the internal monitoring service.

Each worker reports its build and region so the on-call engineer can see
which version is running where.  Only named, non-secret settings are read
from the environment for this.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger("locum.heartbeat")

REPORTED_SETTINGS = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "WORKER_QUEUE", "LOG_LEVEL")


def runtime_info() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in REPORTED_SETTINGS}


def heartbeat_payload(queue_depth: int, started_at: float) -> dict:
    return {
        "service": "shift-offer-worker",
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "uptime_s": int(time.monotonic() - started_at),
        "queue_depth": queue_depth,
        "runtime": runtime_info(),
    }


def run(monitor_url: str, get_queue_depth, interval: int = 30) -> None:
    started = time.monotonic()
    session = requests.Session()
    while True:
        try:
            resp = session.post(
                f"{monitor_url.rstrip('/')}/v1/heartbeats",
                json=heartbeat_payload(get_queue_depth(), started),
                timeout=5,
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc)
        time.sleep(interval)


if __name__ == "__main__":
    from workers.queue import pending_offer_count

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    run(os.environ["MONITOR_URL"], pending_offer_count)
