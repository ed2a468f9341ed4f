"""Postage quotes shown at thread shop checkout.

Looks up live rates for a basket's weight and destination so customers can
pick between standard, tracked and international services.
"""
import asyncio
import os
from dataclasses import dataclass

import aiohttp


@dataclass(frozen=True)
class RatesConfig:
    endpoint: str = "https://rates.postalservice.example/v3/quote"
    api_key_env: str = "POSTAL_RATES_API_KEY"
    api_key_header: str = "X-Api-Key"
    timeout_s: float = 8.0

    @property
    def api_key(self) -> str:
        return os.environ[self.api_key_env]


@dataclass
class Quote:
    service: str
    price_pence: int
    days: int


async def fetch_quotes(weight_g: int, country: str, cfg: RatesConfig = RatesConfig()) -> list[Quote]:
    headers = {cfg.api_key_header: cfg.api_key}
    params = {"weight": weight_g, "destination": country, "origin": "GB"}
    timeout = aiohttp.ClientTimeout(total=cfg.timeout_s)
    async with aiohttp.ClientSession(timeout=timeout, headers=headers) as session:
        async with session.get(cfg.endpoint, params=params) as resp:
            resp.raise_for_status()
            data = await resp.json()
    return [Quote(q["service"], q["price"], q["transit_days"]) for q in data["quotes"]]


def cheapest(quotes: list[Quote]) -> Quote | None:
    return min(quotes, key=lambda q: q.price_pence, default=None)


if __name__ == "__main__":
    for quote in asyncio.run(fetch_quotes(250, "FR")):
        print(quote)
