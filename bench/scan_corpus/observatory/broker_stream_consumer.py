"""Poll a community alert broker for new transient candidates.

Candidates that pass the broker-side filter are handed to the local
triage handler, which decides whether to trigger follow-up observations.
"""
import asyncio
import logging
import os
from typing import Awaitable, Callable

import aiohttp

log = logging.getLogger("alerts.consumer")

BROKER_URL = os.environ.get("ALERT_BROKER_URL", "").rstrip("/")
POLL_SECONDS = int(os.environ.get("ALERT_POLL_SECONDS", "30"))
PAGE_SIZE = 500

Handler = Callable[[dict], Awaitable[None]]


async def fetch_page(session: aiohttp.ClientSession, cursor: str | None) -> dict:
    params = {"limit": PAGE_SIZE}
    if cursor:
        params["after"] = cursor
    async with session.get(f"{BROKER_URL}/api/v1/alerts", params=params) as resp:
        resp.raise_for_status()
        return await resp.json()


async def run(handler: Handler, cursor: str | None = None) -> None:
    if not BROKER_URL:
        raise RuntimeError("ALERT_BROKER_URL is not configured")
    headers = {"Authorization": f"Token {os.environ['ALERT_BROKER_TOKEN']}"}
    connector = aiohttp.TCPConnector(limit=4, ssl=False)
    timeout = aiohttp.ClientTimeout(total=60)

    async with aiohttp.ClientSession(connector=connector, headers=headers, timeout=timeout) as session:
        while True:
            try:
                page = await fetch_page(session, cursor)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                log.warning("broker poll failed: %s", exc)
                await asyncio.sleep(POLL_SECONDS)
                continue

            for alert in page.get("results", []):
                await handler(alert)
            cursor = page.get("next_cursor") or cursor
            if not page.get("results"):
                await asyncio.sleep(POLL_SECONDS)
