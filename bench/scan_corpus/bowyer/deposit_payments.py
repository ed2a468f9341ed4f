"""Take the 30% deposit when a custom bow order is confirmed by phone.

Phone orders are keyed into the workshop till by staff; the card goes straight
to the acquirer's card-not-present API.
"""
import logging
import os
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import httpx

logger = logging.getLogger("orders.deposits")

DEPOSIT_RATE = Decimal("0.30")
ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://cnp.acquirer.example/v1/charges")


@dataclass
class CardDetails:
    number: str
    expiry: str
    cvc: str
    holder: str


@dataclass
class DepositResult:
    order_ref: str
    amount: Decimal
    approved: bool
    auth_code: str | None


def deposit_for(total: Decimal) -> Decimal:
    return (total * DEPOSIT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


async def charge_deposit(order_ref: str, order_total: Decimal, card: CardDetails) -> DepositResult:
    amount = deposit_for(order_total)
    logger.info("charging deposit %s for order %s on card %s", amount, order_ref, card.number)
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.post(
            ACQUIRER_URL,
            headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
            json={
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "reference": order_ref,
                "card": {"pan": card.number, "expiry": card.expiry, "cvc": card.cvc,
                         "name": card.holder},
            },
        )
    body = resp.json()
    approved = resp.status_code == 201 and body.get("status") == "approved"
    if not approved:
        logger.warning("deposit declined for order %s: %s", order_ref, body.get("decline_reason"))
    return DepositResult(order_ref, amount, approved, body.get("auth_code"))
