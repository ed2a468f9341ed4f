"""Async client for the agency feeds that require mutual TLS.

The agencies issue client certificates from their own private CA, so we pin
their CA bundle instead of relying on the system store.
"""
import asyncio
import logging
import ssl
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedTLSConfig:
    ca_bundle: str
    client_cert: str
    client_key: str


def build_ssl_context(cfg: FeedTLSConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=cfg.client_cert, keyfile=cfg.client_key)
    return ctx


async def fetch_feed(url: str, cfg: FeedTLSConfig, etag: str | None = None) -> tuple[list[dict], str | None]:
    connector = aiohttp.TCPConnector(ssl=build_ssl_context(cfg), limit=10)
    headers = {"If-None-Match": etag} if etag else {}
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url, headers=headers, timeout=aiohttp.ClientTimeout(total=30)) as resp:
            if resp.status == 304:
                return [], etag
            resp.raise_for_status()
            body = await resp.json()
            return body.get("items", []), resp.headers.get("ETag")


async def main(urls: list[str], cfg: FeedTLSConfig) -> None:
    results = await asyncio.gather(*(fetch_feed(u, cfg) for u in urls), return_exceptions=True)
    for url, result in zip(urls, results):
        if isinstance(result, Exception):
            log.warning("feed %s failed: %s", url, result)
        else:
            log.info("feed %s returned %d items", url, len(result[0]))
