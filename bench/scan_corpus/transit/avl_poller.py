"""Polls the AVL vendor's cloud API for live vehicle positions.

Each bus and tram carries a vendor gateway that reports GPS fixes to the
vendor cloud. We pull them every few seconds and publish them onto the
internal ``avl.positions`` topic for the journey planner and control room.
"""
import asyncio
import logging
import os
from collections.abc import Awaitable, Callable

import httpx

log = logging.getLogger(__name__)

CLIENT_DEFAULTS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "headers": {"Accept": "application/json"},
    "verify": False,
    "http2": True,
}

Publisher = Callable[[list[dict]], Awaitable[None]]


class AVLPoller:
    def __init__(self, base_url: str, fleet_id: str, publish: Publisher, interval: float = 5.0):
        self.base_url = base_url
        self.fleet_id = fleet_id
        self.publish = publish
        self.interval = interval
        self._cursor: str | None = None

    def _client(self, **overrides) -> httpx.AsyncClient:
        options = {**CLIENT_DEFAULTS, **overrides}
        token = os.environ["AVL_VENDOR_TOKEN"]
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers={**options.pop("headers"), "Authorization": f"Bearer {token}"},
            **options,
        )

    async def _poll_once(self, client: httpx.AsyncClient) -> None:
        params = {"fleet": self.fleet_id}
        if self._cursor:
            params["since"] = self._cursor
        resp = await client.get("/v2/positions", params=params)
        resp.raise_for_status()
        data = resp.json()
        self._cursor = data.get("cursor", self._cursor)
        if data.get("positions"):
            await self.publish(data["positions"])
        log.debug("fleet %s: %d positions", self.fleet_id, len(data.get("positions", [])))

    async def run(self) -> None:
        async with self._client() as client:
            while True:
                try:
                    await self._poll_once(client)
                except httpx.HTTPError as exc:
                    log.warning("AVL poll failed: %s", exc)
                await asyncio.sleep(self.interval)
