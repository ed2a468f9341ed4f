"""Async fetcher for end-of-day reference prices used in statement valuation.

The vendor endpoint is reached through the corporate egress proxy, which
re-signs TLS with the internal CA, so we trust that bundle explicitly.
"""
from __future__ import annotations

import asyncio
import logging
import os
import ssl
from datetime import date
from decimal import Decimal

import aiohttp
import asyncpg

log = logging.getLogger("refprices")

VENDOR_URL = os.environ["REFPRICE_VENDOR_URL"]
CA_BUNDLE = os.environ.get("CORP_CA_BUNDLE", "/etc/ssl/certs/corp-egress-ca.pem")
BATCH = 200


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def fetch_batch(session: aiohttp.ClientSession, symbols: list[str], as_of: date) -> dict[str, Decimal]:
    params = {"symbols": ",".join(symbols), "date": as_of.isoformat()}
    async with session.get(f"{VENDOR_URL}/eod/close", params=params) as resp:
        resp.raise_for_status()
        payload = await resp.json()
    return {row["symbol"]: Decimal(str(row["close"])) for row in payload["data"]}


async def refresh(as_of: date) -> int:
    pool = await asyncpg.create_pool(os.environ["BACKOFFICE_DSN"], min_size=1, max_size=4)
    try:
        symbols = [r["symbol"] for r in await pool.fetch(
            "SELECT DISTINCT symbol FROM positions WHERE quantity <> 0"
        )]
        connector = aiohttp.TCPConnector(ssl=_tls_context(), limit=8)
        headers = {"X-Api-Key": os.environ["REFPRICE_API_KEY"]}
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(connector=connector, headers=headers, timeout=timeout) as session:
            batches = [symbols[i:i + BATCH] for i in range(0, len(symbols), BATCH)]
            results = await asyncio.gather(*(fetch_batch(session, b, as_of) for b in batches))
        prices = {k: v for part in results for k, v in part.items()}
        await pool.executemany(
            "INSERT INTO reference_prices (symbol, as_of, close) VALUES ($1, $2, $3) "
            "ON CONFLICT (symbol, as_of) DO UPDATE SET close = EXCLUDED.close",
            [(s, as_of, p) for s, p in prices.items()],
        )
        missing = set(symbols) - prices.keys()
        if missing:
            log.warning("%d symbols without a close for %s", len(missing), as_of)
        return len(prices)
    finally:
        await pool.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = asyncio.run(refresh(date.today()))
    log.info("stored %d reference prices", count)
