"""Async fetcher for XYZ imagery tiles from the imagery vendor's tile server.

Used by the nightly job that pre-warms the tile cache for every active field
boundary at zoom levels 12-17.
"""
import asyncio
import logging
from pathlib import Path

import aiohttp

log = logging.getLogger(__name__)

DEFAULT_OPTIONS = {
    "concurrency": 16,
    "timeout_s": 30,
    "verify_tls": False,  # vendor's regional mirrors serve a self-signed chain
}


class TileFetcher:
    def __init__(self, base_url: str, api_key: str, cache_dir: Path, **options):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.cache_dir = cache_dir
        self.options = {**DEFAULT_OPTIONS, **options}

    def _tile_path(self, z: int, x: int, y: int) -> Path:
        return self.cache_dir / str(z) / str(x) / f"{y}.png"

    async def _fetch_one(self, session: aiohttp.ClientSession, sem: asyncio.Semaphore, z: int, x: int, y: int) -> bool:
        target = self._tile_path(z, x, y)
        if target.exists():
            return False
        url = f"{self.base_url}/{z}/{x}/{y}.png"
        async with sem, session.get(url, params={"key": self.api_key}) as resp:
            if resp.status == 404:
                return False
            resp.raise_for_status()
            data = await resp.read()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return True

    async def warm(self, tiles: list[tuple[int, int, int]]) -> int:
        sem = asyncio.Semaphore(self.options["concurrency"])
        timeout = aiohttp.ClientTimeout(total=self.options["timeout_s"])
        connector = aiohttp.TCPConnector(limit=self.options["concurrency"], ssl=self.options["verify_tls"])
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            results = await asyncio.gather(*(self._fetch_one(session, sem, *t) for t in tiles), return_exceptions=True)
        fetched = sum(1 for r in results if r is True)
        errors = [r for r in results if isinstance(r, Exception)]
        if errors:
            log.warning("%d tiles failed, first error: %r", len(errors), errors[0])
        return fetched
