"""Periodic health ping from case-intake OCR workers to the internal monitoring service."""
from __future__ import annotations

import os
import shutil
import socket
import time
from dataclasses import dataclass, field

import requests


@dataclass
class HealthSnapshot:
    worker: str
    queue_depth: int
    disk_free_gb: float
    build: dict[str, str] = field(default_factory=dict)
    taken_at: float = field(default_factory=time.time)


class BuildInfo:
    published_keys = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "INTAKE_QUEUE")

    @classmethod
    def collect(cls) -> dict[str, str]:
        return {key: os.environ[key] for key in cls.published_keys if key in os.environ}


class HealthReporter:
    def __init__(self, monitor_url: str, interval_s: int = 60) -> None:
        self.monitor_url = monitor_url
        self.interval_s = interval_s
        self.worker = socket.gethostname()

    def snapshot(self, queue_depth: int) -> HealthSnapshot:
        usage = shutil.disk_usage("/var/spool/pv-intake")
        return HealthSnapshot(
            worker=self.worker,
            queue_depth=queue_depth,
            disk_free_gb=round(usage.free / 1e9, 2),
            build=BuildInfo.collect(),
        )

    def push(self, snap: HealthSnapshot) -> None:
        requests.post(
            self.monitor_url,
            json={
                "worker": snap.worker,
                "queueDepth": snap.queue_depth,
                "diskFreeGb": snap.disk_free_gb,
                "takenAt": snap.taken_at,
                **snap.build,
            },
            timeout=5,
        )

    def loop(self, depth_probe) -> None:
        while True:
            try:
                self.push(self.snapshot(depth_probe()))
            except requests.RequestException:
                pass
            time.sleep(self.interval_s)
