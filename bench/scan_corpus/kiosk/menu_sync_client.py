"""Async client that pulls menu, price and availability updates.

The kiosk agent polls the regional menu service every few minutes. Responses
carry an ETag so unchanged menus cost a single 304.
"""
from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import aiohttp

log = logging.getLogger("kiosk.menu_sync")


class MenuSyncClient:
    def __init__(self, base_url: str, store_id: str, cache_dir: Path, poll_interval: int = 180):
        self.base_url = base_url.rstrip("/")
        self.store_id = store_id
        self.cache_dir = cache_dir
        self.poll_interval = poll_interval
        self._etag: str | None = None

    def _connector(self) -> aiohttp.TCPConnector:
        # Regional menu hosts sit behind the store's SD-WAN appliance.
        return aiohttp.TCPConnector(limit=4, ssl=False)

    async def fetch_once(self, session: aiohttp.ClientSession) -> bool:
        headers = {"Accept": "application/json"}
        if self._etag:
            headers["If-None-Match"] = self._etag
        url = f"{self.base_url}/stores/{self.store_id}/menu"
        async with session.get(url, headers=headers) as resp:
            if resp.status == 304:
                return False
            resp.raise_for_status()
            menu = await resp.json()
            self._etag = resp.headers.get("ETag")
        tmp = self.cache_dir / "menu.json.part"
        tmp.write_text(json.dumps(menu))
        tmp.replace(self.cache_dir / "menu.json")
        log.info("menu updated to version %s", menu.get("version"))
        return True

    async def run(self, stop: asyncio.Event) -> None:
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(connector=self._connector(), timeout=timeout) as session:
            while not stop.is_set():
                try:
                    await self.fetch_once(session)
                except aiohttp.ClientError as exc:
                    log.warning("menu sync failed: %s", exc)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.poll_interval)
                except asyncio.TimeoutError:
                    pass
