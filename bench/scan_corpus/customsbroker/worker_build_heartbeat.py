"""Periodic heartbeat from filing workers to the internal operations dashboard."""
from __future__ import annotations

import os
import socket
import threading
import time
from typing import Any

import requests


class HeartbeatConfig:
    published_variables = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "WORKER_QUEUE")
    interval_seconds = 60

    @classmethod
    def dashboard_url(cls) -> str:
        return os.environ["OPS_DASHBOARD_URL"]


class Heartbeat(threading.Thread):
    def __init__(self, config: type[HeartbeatConfig] = HeartbeatConfig) -> None:
        super().__init__(daemon=True, name="heartbeat")
        self.config = config
        self.started_at = time.time()
        self._halt = threading.Event()

    def _build_info(self) -> dict[str, str]:
        return {name.lower(): os.environ.get(name, "unknown") for name in self.config.published_variables}

    def payload(self) -> dict[str, Any]:
        return {
            "host": socket.gethostname(),
            "uptime": int(time.time() - self.started_at),
            **self._build_info(),
        }

    def beat(self) -> None:
        requests.post(self.config.dashboard_url(), json=self.payload(), timeout=5)

    def run(self) -> None:
        while not self._halt.wait(self.config.interval_seconds):
            try:
                self.beat()
            except requests.RequestException:
                continue

    def stop(self) -> None:
        self._halt.set()
