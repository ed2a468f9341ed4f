"""Poller for lamp fault alarms raised by the lighting CMS.

The CMS is reached over a private link and presents a certificate issued by
the vendor's own CA, so the client trusts that CA bundle in addition to the
hostname checks of the default context.
"""
from __future__ import annotations

import asyncio
import ssl

import aiohttp

from lamplighter.dispatch import raise_fault_from_alarm
from lamplighter.settings import settings

POLL_SECONDS = 300


def cms_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.VENDOR_CMS_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def fetch_alarms(session: aiohttp.ClientSession, since: str) -> list[dict]:
    async with session.get("/api/alarms", params={"since": since, "state": "open"}) as resp:
        resp.raise_for_status()
        return (await resp.json())["alarms"]


async def poll_forever() -> None:
    connector = aiohttp.TCPConnector(ssl=cms_ssl_context(), limit=4)
    headers = {"Authorization": f"Token {settings.VENDOR_CMS_TOKEN}"}
    since = "1970-01-01T00:00:00Z"
    async with aiohttp.ClientSession(base_url=settings.VENDOR_CMS_URL, connector=connector, headers=headers) as session:
        while True:
            try:
                alarms = await fetch_alarms(session, since)
            except aiohttp.ClientError:
                await asyncio.sleep(POLL_SECONDS)
                continue
            for alarm in alarms:
                await raise_fault_from_alarm(alarm["node_id"], alarm["code"], alarm["raised_at"])
                since = max(since, alarm["raised_at"])
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    asyncio.run(poll_forever())
