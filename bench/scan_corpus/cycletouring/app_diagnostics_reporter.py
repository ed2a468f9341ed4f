"""Sends a small diagnostics heartbeat from the guide app backend to the ops dashboard."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time

import httpx

log = logging.getLogger(__name__)

REPORTED_ENV_VARS = ("GUIDE_BACKEND_RELEASE", "DEPLOY_REGION", "WORKER_CONCURRENCY", "TZ")


class DiagnosticsReporter:
    def __init__(self, dashboard_url: str, ingest_token: str, interval_s: int = 300):
        self._client = httpx.Client(
            base_url=dashboard_url,
            headers={"Authorization": f"Bearer {ingest_token}"},
            timeout=5.0,
        )
        self._interval = interval_s
        self._started = time.monotonic()

    @classmethod
    def from_env(cls) -> "DiagnosticsReporter":
        return cls(os.environ["OPS_DASHBOARD_URL"], os.environ["OPS_INGEST_TOKEN"])

    @staticmethod
    def _deployment_info() -> dict[str, str]:
        return {name: os.environ[name] for name in REPORTED_ENV_VARS if name in os.environ}

    def _payload(self, queue_depth: int, failed_jobs: int) -> dict:
        return {
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "uptime_s": int(time.monotonic() - self._started),
            "queue_depth": queue_depth,
            "failed_jobs_last_hour": failed_jobs,
            "deployment": self._deployment_info(),
        }

    def send(self, queue_depth: int, failed_jobs: int) -> bool:
        try:
            resp = self._client.post("/ingest/heartbeat", json=self._payload(queue_depth, failed_jobs))
            resp.raise_for_status()
            return True
        except httpx.HTTPError as exc:
            log.warning("diagnostics heartbeat failed: %s", exc)
            return False

    def run_forever(self, metrics) -> None:
        while True:
            self.send(metrics.queue_depth(), metrics.failed_jobs_last_hour())
            time.sleep(self._interval)
