"""Async scraper that collects competitor prices for the pricing dashboard."""
import asyncio
import logging
from dataclasses import dataclass

import httpx
from selectolax.parser import HTMLParser

log = logging.getLogger(__name__)

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "follow_redirects": True,
    "headers": {"User-Agent": "pricing-bot/2.3 (+https://example.com/bot)"},
    "verify": False,
}
MAX_CONCURRENCY = 8


@dataclass
class PricePoint:
    url: str
    sku: str
    price: float | None


def _parse_price(html: str, selector: str) -> float | None:
    node = HTMLParser(html).css_first(selector)
    if node is None:
        return None
    text = node.text(strip=True).replace("$", "").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


async def _fetch(client: httpx.AsyncClient, sem: asyncio.Semaphore, target: dict) -> PricePoint:
    async with sem:
        resp = await client.get(target["url"])
    if resp.status_code != 200:
        log.warning("skip %s: HTTP %s", target["url"], resp.status_code)
        return PricePoint(target["url"], target["sku"], None)
    return PricePoint(target["url"], target["sku"], _parse_price(resp.text, target["selector"]))


async def scrape(targets: list[dict]) -> list[PricePoint]:
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    async with httpx.AsyncClient(**CLIENT_OPTIONS) as client:
        return await asyncio.gather(*(_fetch(client, sem, t) for t in targets))
