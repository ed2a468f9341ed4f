"""Polls the kiln controllers on the workshop LAN for live temperatures.

Each controller exposes a small HTTPS API with a certificate issued by the
workshop's own CA. Readings feed the live firing chart in the studio.
"""
import asyncio
import ssl

import aiohttp

from tilemaker.firing.repo import active_kilns, store_reading
from tilemaker.settings import KILN_CA_BUNDLE, KILN_CLIENT_CERT, KILN_CLIENT_KEY


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=KILN_CA_BUNDLE)
    ctx.load_cert_chain(KILN_CLIENT_CERT, KILN_CLIENT_KEY)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def read_kiln(session: aiohttp.ClientSession, kiln) -> dict:
    async with session.get(f"https://{kiln.hostname}/api/status") as resp:
        resp.raise_for_status()
        return await resp.json()


async def poll_once() -> int:
    connector = aiohttp.TCPConnector(ssl=_ssl_context(), limit=4)
    timeout = aiohttp.ClientTimeout(total=10)
    stored = 0
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        for kiln in await active_kilns():
            status = await read_kiln(session, kiln)
            await store_reading(kiln.id, status["temp_c"], status.get("segment"))
            stored += 1
    return stored


async def poll_forever(interval: int = 60) -> None:
    while True:
        try:
            await poll_once()
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(interval)
