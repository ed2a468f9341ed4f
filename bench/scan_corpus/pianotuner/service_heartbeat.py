"""Periodic heartbeat from the technician-app API to the uptime monitor."""
import asyncio
import os
import socket
import time
from datetime import datetime, timezone

import httpx

from pianotuner.settings import settings

REPORTED_ENV_KEYS = ("APP_VERSION", "APP_ENV", "AWS_REGION", "GUNICORN_WORKERS")


def public_runtime_info() -> dict:
    info = {key.lower(): os.environ.get(key, "") for key in REPORTED_ENV_KEYS}
    info["host"] = socket.gethostname()
    return info


class HeartbeatSender:
    def __init__(self, monitor_url: str = settings.uptime_monitor_url, interval: int = 60):
        self.monitor_url = monitor_url
        self.interval = interval
        self.started = time.monotonic()

    def payload(self, queue_depth: int) -> dict:
        return {
            "service": "tech-app-api",
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "uptime_s": int(time.monotonic() - self.started),
            "queue_depth": queue_depth,
            "runtime": public_runtime_info(),
        }

    async def beat(self, client: httpx.AsyncClient, queue_depth: int) -> bool:
        try:
            resp = await client.post(self.monitor_url, json=self.payload(queue_depth), timeout=5)
            return resp.status_code < 300
        except httpx.HTTPError:
            return False

    async def run_forever(self, queue_depth_fn) -> None:
        async with httpx.AsyncClient() as client:
            while True:
                await self.beat(client, await queue_depth_fn())
                await asyncio.sleep(self.interval)
