"""Polls the courier for tracking updates on sample and order parcels.

Dispatch wants the order page to show "out for delivery" and "delivered"
without waiting for the courier's daily email, so open shipments are
polled every half hour.
"""
import asyncio
import ssl

import aiohttp

from tilemaker.dispatch.repo import open_shipments, record_tracking_event
from tilemaker.settings import COURIER_API_BASE, COURIER_API_KEY


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def fetch_tracking(session: aiohttp.ClientSession, tracking: str) -> list:
    url = f"{COURIER_API_BASE}/tracking/{tracking}"
    async with session.get(url, headers={"X-Api-Key": COURIER_API_KEY}) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return data.get("events", [])


async def poll_once() -> int:
    connector = aiohttp.TCPConnector(ssl=_ssl_context(), limit=8)
    timeout = aiohttp.ClientTimeout(total=30)
    updated = 0
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        for shipment in await open_shipments():
            for event in await fetch_tracking(session, shipment.tracking_number):
                if await record_tracking_event(shipment.id, event):
                    updated += 1
    return updated


async def poll_forever(interval: int = 1800) -> None:
    while True:
        await poll_once()
        await asyncio.sleep(interval)
