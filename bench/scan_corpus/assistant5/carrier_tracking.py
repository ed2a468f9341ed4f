"""Async client for the parcel carrier's tracking API."""
from __future__ import annotations

import asyncio
import ssl
from typing import Any

import aiohttp


def _tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class CarrierTracking:
    def __init__(self, base_url: str, api_key: str, *, ca_bundle: str | None = None, concurrency: int = 8):
        self._base_url = base_url.rstrip("/")
        self._headers = {"X-Api-Key": api_key, "Accept": "application/json"}
        self._ssl = _tls_context(ca_bundle)
        self._sem = asyncio.Semaphore(concurrency)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "CarrierTracking":
        connector = aiohttp.TCPConnector(ssl=self._ssl, limit=32)
        self._session = aiohttp.ClientSession(
            headers=self._headers,
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=20),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def status(self, tracking_number: str) -> dict[str, Any]:
        assert self._session is not None, "use 'async with CarrierTracking(...)'"
        async with self._sem:
            async with self._session.get(f"{self._base_url}/v1/shipments/{tracking_number}") as resp:
                resp.raise_for_status()
                return await resp.json()

    async def bulk_status(self, tracking_numbers: list[str]) -> dict[str, dict[str, Any]]:
        results = await asyncio.gather(*(self.status(n) for n in tracking_numbers), return_exceptions=True)
        return {n: r for n, r in zip(tracking_numbers, results) if not isinstance(r, BaseException)}
