"""Async client for the pre-match odds feed.

Pulls market snapshots from the upstream provider and hands them to the
normaliser. The provider rate-limits per connection, so the connector pool is
kept small and reused across polls.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, AsyncIterator

import aiohttp

log = logging.getLogger(__name__)

_CONNECTOR_OPTS: dict[str, Any] = {
    "limit": 8,
    "ttl_dns_cache": 300,
    "ssl": False,
}


@dataclass(frozen=True)
class FeedSettings:
    base_url: str
    api_key: str
    sports: tuple[str, ...] = ("soccer", "tennis", "basketball")
    poll_interval: float = 15.0
    request_timeout: float = 10.0


class OddsFeedClient:
    def __init__(self, settings: FeedSettings):
        self._settings = settings
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "OddsFeedClient":
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(**_CONNECTOR_OPTS),
            timeout=aiohttp.ClientTimeout(total=self._settings.request_timeout),
            headers={"X-Api-Key": self._settings.api_key, "Accept": "application/json"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def fetch_markets(self, sport: str) -> list[dict[str, Any]]:
        assert self._session is not None, "use OddsFeedClient as an async context manager"
        url = f"{self._settings.base_url.rstrip('/')}/v2/sports/{sport}/markets"
        async with self._session.get(url, params={"status": "open"}) as resp:
            resp.raise_for_status()
            body = await resp.json()
        return body.get("markets", [])

    async def stream(self) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
        while True:
            for sport in self._settings.sports:
                try:
                    yield sport, await self.fetch_markets(sport)
                except aiohttp.ClientError as exc:
                    log.warning("odds feed poll failed for %s: %s", sport, exc)
            await asyncio.sleep(self._settings.poll_interval)
