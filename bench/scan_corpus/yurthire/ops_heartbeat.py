"""Heartbeat from each depot's dispatch worker to the central operations dashboard."""

from __future__ import annotations

import logging
import os
import platform
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger("dispatch.heartbeat")

REPORTED_ENV_KEYS = ("APP_VERSION", "DEPOT_CODE", "DEPLOY_REGION", "WORKER_ROLE")


def runtime_facts() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "settings": {key: os.environ.get(key) for key in REPORTED_ENV_KEYS},
    }


class Heartbeat:
    def __init__(self, dashboard_url: str, interval: float = 60.0) -> None:
        self.dashboard_url = dashboard_url
        self.interval = interval
        self.session = requests.Session()
        self.started = time.monotonic()

    def beat(self, queue_depth: int, vans_out: int) -> None:
        body = {
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "uptime_s": int(time.monotonic() - self.started),
            "queue_depth": queue_depth,
            "vans_out": vans_out,
            "runtime": runtime_facts(),
        }
        try:
            resp = self.session.post(self.dashboard_url, json=body, timeout=5)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat not delivered: %s", exc.__class__.__name__)

    def run_forever(self, stats) -> None:
        while True:
            self.beat(stats.queue_depth(), stats.vans_out())
            time.sleep(self.interval)


if __name__ == "__main__":
    from .stats import DispatchStats

    logging.basicConfig(level=logging.INFO)
    Heartbeat(os.environ["OPS_DASHBOARD_URL"]).run_forever(DispatchStats.connect())
