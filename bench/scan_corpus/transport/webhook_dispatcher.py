"""Deliver outbound webhooks to customer endpoints with retries."""
import asyncio
import hashlib
import hmac
import json
import logging
import ssl
import time

import aiohttp
import certifi

from hooks.models import Delivery, Subscription

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
SSL_CONTEXT = ssl.create_default_context(cafile=certifi.where())


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


async def deliver(session: aiohttp.ClientSession, sub: Subscription, event: dict) -> Delivery:
    body = json.dumps(event, separators=(",", ":")).encode()
    for attempt in range(1, MAX_ATTEMPTS + 1):
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-Webhook-Timestamp": str(ts),
            "X-Webhook-Signature": sign(sub.signing_secret.encode(), ts, body),
        }
        try:
            async with session.post(sub.url, data=body, headers=headers) as resp:
                if resp.status < 300:
                    return Delivery(subscription_id=sub.id, status=resp.status, attempts=attempt)
                log.info("subscription %s answered %s (attempt %d)", sub.id, resp.status, attempt)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.info("subscription %s failed: %s (attempt %d)", sub.id, exc, attempt)
        await asyncio.sleep(min(2 ** attempt, 300))
    return Delivery(subscription_id=sub.id, status=None, attempts=MAX_ATTEMPTS)


async def fan_out(subs: list[Subscription], event: dict) -> list[Delivery]:
    connector = aiohttp.TCPConnector(ssl=SSL_CONTEXT, limit=50)
    timeout = aiohttp.ClientTimeout(total=15)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        return await asyncio.gather(*(deliver(session, s, event) for s in subs))
