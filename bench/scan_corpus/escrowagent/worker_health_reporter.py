"""Periodic health reports from the escrow release workers to the operations dashboard."""
from __future__ import annotations

import logging
import os
import platform
import socket
import threading
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger("release_worker.health")

REPORTED_ENV_KEYS = ("APP_RELEASE", "DEPLOY_REGION", "WORKER_POOL", "LOG_LEVEL")


class HealthReporter:
    def __init__(self, queue_depth, interval: float = 60.0) -> None:
        self._endpoint = os.environ["OPS_HEALTH_URL"]
        self._queue_depth = queue_depth
        self._interval = interval
        self._stop = threading.Event()
        self._started = time.monotonic()

    @staticmethod
    def _deployment_info() -> dict[str, str]:
        return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}

    def snapshot(self) -> dict:
        return {
            "service": "escrow-release-worker",
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "uptime_s": round(time.monotonic() - self._started),
            "queue_depth": self._queue_depth(),
            "deployment": self._deployment_info(),
            "reported_at": datetime.now(timezone.utc).isoformat(),
        }

    def _send(self) -> None:
        try:
            requests.post(self._endpoint, json=self.snapshot(), timeout=5).raise_for_status()
        except requests.RequestException as exc:
            log.warning("health report not delivered: %s", type(exc).__name__)

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self._send()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._loop, name="health-reporter", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
