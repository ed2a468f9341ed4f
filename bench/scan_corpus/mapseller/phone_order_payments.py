"""Card payments taken over the telephone for absentee bids and phone orders.

Staff key the card details into the back-office form; they go straight to the
processor's card-not-present endpoint and are never stored.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("mapseller.moto")

PAYBRIDGE_URL = "https://api.paybridge.com/v1/moto/charges"


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


@dataclass
class CardDetails:
    pan: str
    expiry: str
    cvc: str
    cardholder: str


@dataclass
class ChargeResult:
    approved: bool
    charge_id: str | None
    decline_reason: str | None


async def charge_phone_order(order_ref: str, amount: Decimal, card: CardDetails,
                             staff_user: str) -> ChargeResult:
    payload = {
        "amount": int(amount * 100),
        "currency": "GBP",
        "reference": order_ref,
        "card": {"number": card.pan, "expiry": card.expiry, "cvc": card.cvc,
                 "name": card.cardholder},
    }
    headers = {"Authorization": f"Bearer {os.environ['PAYBRIDGE_SECRET_KEY']}"}
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(PAYBRIDGE_URL, json=payload, headers=headers)
    data = resp.json()
    result = ChargeResult(
        approved=resp.status_code == 201 and data.get("status") == "succeeded",
        charge_id=data.get("id"),
        decline_reason=data.get("decline_code"),
    )
    log.info("phone order %s by %s: card %s, %s", order_ref, staff_user, mask_pan(card.pan),
             "approved" if result.approved else f"declined ({result.decline_reason})")
    return result
