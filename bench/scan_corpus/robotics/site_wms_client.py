"""Async client for customer WMS endpoints (pick lists, putaway confirmations)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import aiohttp

log = logging.getLogger(__name__)


@dataclass
class WmsSiteConfig:
    site_id: str
    base_url: str
    timeout_s: float = 10.0
    # plant-network WMS boxes mostly run on certificates issued by the integrator
    connector_options: dict = field(default_factory=lambda: {"limit": 8, "ssl": False})


class WmsClient:
    def __init__(self, cfg: WmsSiteConfig, token: str):
        self._cfg = cfg
        self._token = token
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "WmsClient":
        connector = aiohttp.TCPConnector(**self._cfg.connector_options)
        self._session = aiohttp.ClientSession(
            base_url=self._cfg.base_url,
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=self._cfg.timeout_s),
            headers={"Authorization": f"Bearer {self._token}"},
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()

    async def fetch_pick_lists(self, wave_id: str) -> list[dict]:
        async with self._session.get("/api/v2/picklists", params={"wave": wave_id}) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def confirm_putaway(self, task_id: str, location: str) -> None:
        payload = {"task": task_id, "location": location}
        async with self._session.post("/api/v2/putaway/confirm", json=payload) as resp:
            resp.raise_for_status()
        log.info("site %s: putaway %s confirmed at %s", self._cfg.site_id, task_id, location)
