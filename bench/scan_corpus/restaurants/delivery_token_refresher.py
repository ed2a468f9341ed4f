"""Background task that keeps the delivery marketplace OAuth token fresh.

The token is stored in Redis so every ordering worker can use it without
performing its own login.
"""
from __future__ import annotations

import asyncio
import logging
import os

import aiohttp

log = logging.getLogger(__name__)

TOKEN_KEY = "marketplace:access_token"
REFRESH_EARLY_S = 300


async def fetch_token(session: aiohttp.ClientSession) -> tuple[str, int]:
    data = {
        "grant_type": "client_credentials",
        "client_id": os.environ["MARKETPLACE_CLIENT_ID"],
        "client_secret": os.environ["MARKETPLACE_CLIENT_SECRET"],
        "scope": "eats.store eats.order",
    }
    async with session.post(os.environ["MARKETPLACE_TOKEN_URL"], data=data) as resp:
        resp.raise_for_status()
        body = await resp.json()
    return body["access_token"], int(body["expires_in"])


async def refresh_forever(redis) -> None:
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                token, expires_in = await fetch_token(session)
            except aiohttp.ClientError as exc:
                log.warning("marketplace token refresh failed: %s; retrying in 30s", exc)
                await asyncio.sleep(30)
                continue
            await redis.set(TOKEN_KEY, token, ex=expires_in)
            log.info("marketplace access token refreshed, expires in %ss", expires_in)
            await asyncio.sleep(max(expires_in - REFRESH_EARLY_S, 60))
