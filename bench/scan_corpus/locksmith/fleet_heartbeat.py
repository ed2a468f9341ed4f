"""Heartbeat from each van tablet to the fleet-monitoring service."""
import asyncio
import logging
import os
import shutil
import socket
from datetime import datetime, timezone

import aiohttp

log = logging.getLogger("fleet.heartbeat")


class Heartbeat:
    def __init__(self, van_id: str, interval: int = 300):
        self.van_id = van_id
        self.interval = interval
        self.url = os.environ["FLEET_MONITOR_URL"]
        self._auth = {"Authorization": f"Bearer {os.environ['FLEET_MONITOR_TOKEN']}"}

    def status(self, stock_counts: dict[str, int]) -> dict:
        return {
            "van_id": self.van_id,
            "host": socket.gethostname(),
            "version": os.environ.get("APP_VERSION", "dev"),
            "ts": datetime.now(timezone.utc).isoformat(),
            "disk_free_mb": shutil.disk_usage("/").free // (1024 * 1024),
            "stock": stock_counts,
        }

    async def run(self, stock_source) -> None:
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(headers=self._auth, timeout=timeout) as http:
            while True:
                try:
                    async with http.post(self.url, json=self.status(stock_source())) as resp:
                        resp.raise_for_status()
                except aiohttp.ClientError as exc:
                    log.warning("heartbeat failed: %s", exc)
                await asyncio.sleep(self.interval)
