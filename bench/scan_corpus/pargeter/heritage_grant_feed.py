"""Fetch open heritage repair grant schemes for client advice.

The grant body publishes its open schemes over an API served with a
certificate from its own private CA; the bundle is shipped with the app and
used to verify the connection.
"""
import asyncio
import ssl

import aiohttp

from pargeter.config import settings
from pargeter.grants import upsert_scheme


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.GRANT_BODY_CA_BUNDLE)
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def _fetch_page(session: aiohttp.ClientSession, page: int) -> dict:
    async with session.get(f"{settings.GRANT_FEED_URL}/schemes", params={"page": page}) as resp:
        resp.raise_for_status()
        return await resp.json()


async def sync_schemes() -> int:
    connector = aiohttp.TCPConnector(ssl=_ssl_context())
    timeout = aiohttp.ClientTimeout(total=30)
    count = 0
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        page = 1
        while True:
            data = await _fetch_page(session, page)
            for scheme in data["schemes"]:
                if "lime" in scheme.get("eligible_works", "") or scheme.get("listed_only"):
                    await upsert_scheme(scheme)
                    count += 1
            if not data.get("next_page"):
                break
            page = data["next_page"]
    return count


def main() -> None:
    asyncio.run(sync_schemes())
