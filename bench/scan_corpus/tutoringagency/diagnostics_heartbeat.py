"""Periodic heartbeat from each booking worker to the agency's ops dashboard."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_ENV_VARS = ("DEPLOY_ENV", "APP_RELEASE", "WORKER_QUEUE", "AGENCY_REGION")


def runtime_facts() -> dict:
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "python": platform.python_version(),
        "config": {name: os.environ.get(name, "") for name in REPORTED_ENV_VARS},
    }


class HeartbeatSender:
    def __init__(self, dashboard_url: str, ingest_token: str, interval: float = 60.0) -> None:
        self._url = dashboard_url.rstrip("/") + "/api/heartbeats"
        self._interval = interval
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {ingest_token}"})
        self._started = time.monotonic()

    @classmethod
    def from_env(cls) -> "HeartbeatSender":
        return cls(os.environ["OPS_DASHBOARD_URL"], os.environ["OPS_INGEST_TOKEN"])

    def beat(self, queue_depth: int, last_job_ok: bool) -> None:
        payload = {
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "uptime_s": int(time.monotonic() - self._started),
            "queue_depth": queue_depth,
            "last_job_ok": last_job_ok,
            **runtime_facts(),
        }
        try:
            self._session.post(self._url, json=payload, timeout=5).raise_for_status()
        except requests.RequestException as err:
            log.warning("heartbeat failed: %s", err)

    def run_forever(self, depth_probe, status_probe) -> None:
        while True:
            self.beat(depth_probe(), status_probe())
            time.sleep(self._interval)
