"""Async poller for the level-1 quote snapshot endpoint of the market-data vendor.

Quotes are pushed onto a Redis stream consumed by the pre-trade risk
service and the client-facing price ticker.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
from dataclasses import dataclass, field

import aiohttp
import redis.asyncio as aioredis

log = logging.getLogger("quote_feed")


@dataclass
class FeedConfig:
    base_url: str = field(default_factory=lambda: os.environ["QUOTE_VENDOR_URL"])
    api_key: str = field(default_factory=lambda: os.environ["QUOTE_VENDOR_KEY"])
    redis_url: str = field(default_factory=lambda: os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    symbols: list[str] = field(default_factory=lambda: os.environ.get("QUOTE_SYMBOLS", "SPY,QQQ").split(","))
    interval: float = float(os.environ.get("QUOTE_POLL_SECONDS", "1.0"))
    stream: str = "md:quotes"


class QuotePoller:
    def __init__(self, cfg: FeedConfig) -> None:
        self.cfg = cfg
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def _fetch(self, session: aiohttp.ClientSession) -> list[dict]:
        params = {"symbols": ",".join(self.cfg.symbols)}
        async with session.get("/v2/quotes/latest", params=params) as resp:
            resp.raise_for_status()
            body = await resp.json()
        return body.get("quotes", [])

    async def run(self) -> None:
        redis = aioredis.from_url(self.cfg.redis_url)
        connector = aiohttp.TCPConnector(limit=10, ssl=False)
        headers = {"Authorization": f"Bearer {self.cfg.api_key}", "Accept": "application/json"}
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(
            base_url=self.cfg.base_url, connector=connector, headers=headers, timeout=timeout
        ) as session:
            while not self._stop.is_set():
                try:
                    quotes = await self._fetch(session)
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    log.warning("quote fetch failed: %s", exc)
                    await asyncio.sleep(self.cfg.interval * 5)
                    continue
                for q in quotes:
                    await redis.xadd(self.cfg.stream, {"data": json.dumps(q)}, maxlen=100_000)
                log.debug("published %d quotes", len(quotes))
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=self.cfg.interval)
                except asyncio.TimeoutError:
                    pass
        await redis.aclose()


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    poller = QuotePoller(FeedConfig())
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, poller.stop)
    await poller.run()


if __name__ == "__main__":
    asyncio.run(main())
