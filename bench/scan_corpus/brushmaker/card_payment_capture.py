"""Capture of card payments taken on rep tablets at trade shows.

The tablet's card reader returns an encrypted card blob plus display data;
the back office captures the payment and keeps an audit trail.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from brushworks.settings import PAYMENT_API_URL, payment_api_token

log = logging.getLogger("brushworks.payments.capture")


@dataclass
class CardPresentment:
    encrypted_blob: str
    pan: str
    brand: str
    expiry: str

    @property
    def masked(self) -> str:
        return f"{self.brand} ****{self.pan[-4:]}"


async def capture_show_sale(order_no: str, amount: Decimal, card: CardPresentment) -> str:
    async with httpx.AsyncClient(base_url=PAYMENT_API_URL, timeout=20.0) as client:
        resp = await client.post(
            "/v1/captures",
            headers={"Authorization": f"Bearer {payment_api_token()}"},
            json={
                "reference": order_no,
                "amount_minor": int(amount * 100),
                "card": {"encrypted": card.encrypted_blob},
            },
        )
    if resp.status_code != 201:
        log.error("capture failed for order %s with %s: HTTP %s", order_no, card.masked, resp.status_code)
        resp.raise_for_status()
    capture_id = resp.json()["id"]
    log.info("captured %s for order %s on %s (capture %s)", amount, order_no, card.masked, capture_id)
    return capture_id


def receipt_lines(order_no: str, amount: Decimal, card: CardPresentment, capture_id: str) -> list[str]:
    return [
        f"Order {order_no}",
        f"Paid {amount:.2f} by {card.masked}",
        f"Ref {capture_id}",
    ]
