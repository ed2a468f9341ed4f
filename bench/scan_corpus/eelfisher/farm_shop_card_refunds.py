"""Refunds for farm-shop card sales.

Customers occasionally return a tasting box or a smoked eel that did not
keep. The shop manager refunds the card used for the original sale; the
terminal only gives us a token for that card, plus the brand and last four
digits for the receipt.
"""

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("shop.refunds")


@dataclass
class CardOnReceipt:
    token: str
    brand: str
    last4: str

    def masked(self) -> str:
        return f"{self.brand} **** **** **** {self.last4}"


@dataclass
class RefundRequest:
    sale_id: str
    amount: Decimal
    card: CardOnReceipt
    reason: str


async def refund(req: RefundRequest, client: httpx.AsyncClient | None = None) -> str:
    own_client = client is None
    client = client or httpx.AsyncClient(base_url=os.environ["TERMINAL_API_URL"], timeout=20)
    try:
        resp = await client.post(
            "/refunds",
            json={
                "sale_id": req.sale_id,
                "amount_cents": int(req.amount * 100),
                "card_token": req.card.token,
            },
            headers={"Authorization": f"Bearer {os.environ['TERMINAL_API_KEY']}"},
        )
        resp.raise_for_status()
        refund_id = resp.json()["refund_id"]
    finally:
        if own_client:
            await client.aclose()
    log.info(
        "refunded %s EUR on sale %s to %s (%s), refund %s",
        req.amount,
        req.sale_id,
        req.card.masked(),
        req.reason,
        refund_id,
    )
    return refund_id
