"""Periodic heartbeat from each worker to the uptime monitor."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("shepherdhut.heartbeat")

REPORTED_ENV_VARS = ("APP_RELEASE", "APP_REGION", "WORKER_ROLE", "TZ")


def public_environment(environ: os._Environ | dict = os.environ) -> dict[str, str]:
    return {name: environ[name] for name in REPORTED_ENV_VARS if name in environ}


@dataclass
class Heartbeat:
    monitor_url: str
    interval: int = 60
    started: float = field(default_factory=time.time)
    session: requests.Session = field(default_factory=requests.Session)

    def payload(self, queue_depth: int, last_sync_ok: bool) -> dict:
        return {
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "uptime_s": int(time.time() - self.started),
            "env": public_environment(),
            "queue_depth": queue_depth,
            "calendar_sync_ok": last_sync_ok,
        }

    def beat(self, queue_depth: int, last_sync_ok: bool) -> bool:
        try:
            resp = self.session.post(self.monitor_url, json=self.payload(queue_depth, last_sync_ok), timeout=5)
            resp.raise_for_status()
            return True
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
            return False

    def run_forever(self, stats) -> None:
        while True:
            self.beat(stats.queue_depth(), stats.last_calendar_sync_ok())
            time.sleep(self.interval)


if __name__ == "__main__":
    from .worker_stats import WorkerStats

    logging.basicConfig(level=logging.INFO)
    Heartbeat(monitor_url=os.environ["HEARTBEAT_URL"]).run_forever(WorkerStats())
