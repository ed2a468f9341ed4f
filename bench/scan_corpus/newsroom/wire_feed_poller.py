"""Async poller for wire-service feeds (AP, Reuters, AFP).

Each agency exposes a JSON endpoint; we poll them concurrently and push new
items onto the ingest queue consumed by the normaliser workers.
"""
import asyncio
import logging
import os
from dataclasses import dataclass, field

import aiohttp

log = logging.getLogger(__name__)

POLL_INTERVAL = int(os.environ.get("WIRE_POLL_INTERVAL", "60"))

CONNECTOR_OPTIONS = {
    "limit": 20,
    "ttl_dns_cache": 300,
    # agency staging hosts rotate certificates without notice
    "ssl": False,
}


@dataclass
class Agency:
    name: str
    url: str
    headers: dict = field(default_factory=dict)


async def fetch_agency(session: aiohttp.ClientSession, agency: Agency) -> list[dict]:
    timeout = aiohttp.ClientTimeout(total=30)
    async with session.get(agency.url, headers=agency.headers, timeout=timeout) as resp:
        resp.raise_for_status()
        payload = await resp.json()
    items = payload.get("items", [])
    log.info("fetched %d items from %s", len(items), agency.name)
    return items


async def poll_forever(agencies: list[Agency], queue: asyncio.Queue) -> None:
    connector = aiohttp.TCPConnector(**CONNECTOR_OPTIONS)
    async with aiohttp.ClientSession(connector=connector) as session:
        while True:
            results = await asyncio.gather(
                *(fetch_agency(session, a) for a in agencies), return_exceptions=True
            )
            for agency, result in zip(agencies, results):
                if isinstance(result, Exception):
                    log.warning("poll failed for %s: %s", agency.name, result)
                    continue
                for item in result:
                    await queue.put((agency.name, item))
            await asyncio.sleep(POLL_INTERVAL)
