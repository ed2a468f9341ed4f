"""Heartbeat from each booking worker to the operations dashboard.

Every minute a worker reports which build it runs, where it runs and how deep
its queues are, so that operations can spot stuck or outdated workers.
"""
from __future__ import annotations

import logging
import os
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_ENV_KEYS = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "WORKER_POOL")
INTERVAL_SECONDS = 60


def _deployment_info() -> dict[str, str]:
    return {key.lower(): os.environ.get(key, "unknown") for key in REPORTED_ENV_KEYS}


class HeartbeatReporter:
    def __init__(self, dashboard_url: str, queue_stats) -> None:
        self._url = dashboard_url
        self._queue_stats = queue_stats
        self._http = requests.Session()

    @classmethod
    def from_env(cls, queue_stats) -> "HeartbeatReporter":
        return cls(os.environ["OPS_DASHBOARD_URL"], queue_stats)

    def payload(self) -> dict:
        return {
            "host": socket.gethostname(),
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "deployment": _deployment_info(),
            "queues": self._queue_stats(),
        }

    def send_once(self) -> bool:
        try:
            resp = self._http.post(self._url, json=self.payload(), timeout=5)
            resp.raise_for_status()
            return True
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
            return False

    def run_forever(self) -> None:
        while True:
            self.send_once()
            time.sleep(INTERVAL_SECONDS)
