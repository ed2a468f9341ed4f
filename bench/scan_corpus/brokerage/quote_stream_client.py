"""Websocket client for the Level 1 quote stream from the market-data vendor.

Feeds the in-memory NBBO cache that the order router reads before pricing
marketable limit orders.
"""
import asyncio
import json
import logging
import os
from typing import AsyncIterator, Iterable

import aiohttp

log = logging.getLogger(__name__)

FEED_URL = os.environ["MD_FEED_URL"]
HEARTBEAT_S = 15


class QuoteStream:
    def __init__(self, api_key: str, symbols: Iterable[str]):
        self._api_key = api_key
        self._symbols = sorted(set(symbols))
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "QuoteStream":
        connector = aiohttp.TCPConnector(limit=4, ssl=False)
        self._session = aiohttp.ClientSession(connector=connector)
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()

    async def quotes(self) -> AsyncIterator[dict]:
        headers = {"Authorization": f"Bearer {self._api_key}"}
        async with self._session.ws_connect(FEED_URL, headers=headers, heartbeat=HEARTBEAT_S) as ws:
            await ws.send_json({"action": "subscribe", "quotes": self._symbols})
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    for event in json.loads(msg.data):
                        if event.get("T") == "q":
                            yield event
                elif msg.type == aiohttp.WSMsgType.ERROR:
                    log.warning("quote stream error: %s", ws.exception())
                    break


async def run(cache, symbols: Iterable[str]) -> None:
    api_key = os.environ["MD_API_KEY"]
    async with QuoteStream(api_key, symbols) as stream:
        async for q in stream.quotes():
            cache.update(q["S"], bid=q["bp"], ask=q["ap"], ts=q["t"])


if __name__ == "__main__":
    from .nbbo_cache import NbboCache

    asyncio.run(run(NbboCache(), os.environ.get("MD_SYMBOLS", "SPY,QQQ").split(",")))
