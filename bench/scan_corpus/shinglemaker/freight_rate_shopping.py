"""Shops LTL freight rates from regional carriers for out-of-area shingle orders."""

import asyncio
import ssl
from dataclasses import dataclass
from decimal import Decimal

import aiohttp

from shinglemaker.config import settings


@dataclass
class CarrierQuote:
    carrier: str
    service: str
    transit_days: int
    amount: Decimal


def _carrier_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def _rate_from(session: aiohttp.ClientSession, carrier: dict, shipment: dict) -> list[CarrierQuote]:
    async with session.post(
        carrier["rate_url"],
        json=shipment,
        headers={"Authorization": f"Bearer {carrier['token']}"},
        timeout=aiohttp.ClientTimeout(total=20),
    ) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return [
        CarrierQuote(carrier["name"], r["service"], int(r["transit_days"]), Decimal(r["total"]))
        for r in data.get("rates", [])
    ]


async def shop_rates(origin_zip: str, dest_zip: str, pallets: int, weight_lb: int) -> list[CarrierQuote]:
    shipment = {
        "origin": origin_zip,
        "destination": dest_zip,
        "handling_units": pallets,
        "weight_lb": weight_lb,
        "freight_class": "70",
    }
    connector = aiohttp.TCPConnector(ssl=_carrier_ssl_context())
    async with aiohttp.ClientSession(connector=connector) as session:
        results = await asyncio.gather(
            *(_rate_from(session, c, shipment) for c in settings.LTL_CARRIERS),
            return_exceptions=True,
        )
    quotes = [q for r in results if not isinstance(r, Exception) for q in r]
    return sorted(quotes, key=lambda q: (q.amount, q.transit_days))
