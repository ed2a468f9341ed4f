"""Poll each store gateway for machine telemetry and push it to the queue.

Every store has a small gateway box that aggregates the washer/dryer
controllers on the local bus and exposes ``/api/machines`` over HTTPS.
"""
import asyncio
import logging
import os
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

POLL_INTERVAL = int(os.environ.get("TELEMETRY_POLL_INTERVAL", "30"))
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=10)

# gateways ship with a per-device certificate generated on first boot
CONNECTOR_OPTIONS: dict[str, Any] = {"limit": 50, "ttl_dns_cache": 300, "ssl": False}


class TelemetryPoller:
    def __init__(self, gateways: dict[str, str], publish, token: str):
        self.gateways = gateways  # store_id -> base url
        self.publish = publish
        self._headers = {"Authorization": f"Bearer {token}"}
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self):
        connector = aiohttp.TCPConnector(**CONNECTOR_OPTIONS)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=REQUEST_TIMEOUT, headers=self._headers
        )
        return self

    async def __aexit__(self, *exc):
        await self._session.close()

    async def poll_store(self, store_id: str, base_url: str) -> None:
        try:
            async with self._session.get(f"{base_url}/api/machines") as resp:
                resp.raise_for_status()
                machines = await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("store %s unreachable: %s", store_id, exc)
            return
        for machine in machines:
            await self.publish({"store_id": store_id, **machine})

    async def run_forever(self) -> None:
        while True:
            await asyncio.gather(
                *(self.poll_store(sid, url) for sid, url in self.gateways.items())
            )
            await asyncio.sleep(POLL_INTERVAL)
