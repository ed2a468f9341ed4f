"""Telemetry for the kitchen display tablets: build info and load, nothing from the secrets store."""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("kds.telemetry")

REPORTED_ENV_KEYS = ("KDS_APP_VERSION", "KDS_SITE_CODE", "KDS_SCREEN_LAYOUT", "TZ")


@dataclass(frozen=True)
class TelemetryConfig:
    endpoint: str
    device_token: str
    interval_seconds: int = 120

    @classmethod
    def from_env(cls) -> "TelemetryConfig":
        return cls(
            endpoint=os.environ["KDS_TELEMETRY_URL"],
            device_token=os.environ["KDS_DEVICE_TOKEN"],
            interval_seconds=int(os.environ.get("KDS_TELEMETRY_SECONDS", "120")),
        )


def build_info() -> dict:
    return {key: os.environ.get(key) for key in REPORTED_ENV_KEYS}


def snapshot(open_tickets: int) -> dict:
    disk = shutil.disk_usage("/")
    load1, load5, _ = os.getloadavg()
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "build": build_info(),
        "open_tickets": open_tickets,
        "load": [load1, load5],
        "disk_free_mb": disk.free // (1024 * 1024),
    }


class TelemetryReporter:
    def __init__(self, config: TelemetryConfig) -> None:
        self.config = config
        self.client = httpx.Client(
            headers={"Authorization": f"Bearer {config.device_token}"}, timeout=10.0
        )

    def report(self, open_tickets: int) -> None:
        resp = self.client.post(self.config.endpoint, json=snapshot(open_tickets))
        resp.raise_for_status()

    def loop(self, ticket_counter) -> None:
        while True:
            try:
                self.report(ticket_counter())
            except httpx.HTTPError as exc:
                log.warning("telemetry post failed: %s", type(exc).__name__)
            time.sleep(self.config.interval_seconds)
