"""Async client for the card scheme's transaction-enrichment API.

Used by the card-linking worker to pull cleared transactions for enrolled
cards and turn them into points accrual events.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import AsyncIterator

import aiohttp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NetworkConfig:
    base_url: str
    client_id: str
    client_secret: str
    page_size: int = 200
    timeout_s: float = 15.0


class CardNetworkClient:
    def __init__(self, cfg: NetworkConfig):
        self.cfg = cfg
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "CardNetworkClient":
        connector = aiohttp.TCPConnector(limit=20, ssl=False)
        self._session = aiohttp.ClientSession(
            base_url=self.cfg.base_url,
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=self.cfg.timeout_s),
            auth=aiohttp.BasicAuth(self.cfg.client_id, self.cfg.client_secret),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def cleared_transactions(self, enrollment_id: str, since: str) -> AsyncIterator[dict]:
        cursor = None
        while True:
            params = {"since": since, "limit": self.cfg.page_size}
            if cursor:
                params["cursor"] = cursor
            url = f"/v2/enrollments/{enrollment_id}/transactions"
            async with self._session.get(url, params=params) as resp:
                if resp.status == 429:
                    await asyncio.sleep(float(resp.headers.get("Retry-After", "2")))
                    continue
                resp.raise_for_status()
                data = await resp.json()
            for txn in data.get("transactions", []):
                yield txn
            cursor = data.get("next_cursor")
            if not cursor:
                log.debug("enrollment %s: pagination done", enrollment_id)
                return
