"""Card deposits for sample orders placed through the buyer portal.

Small brands pay a deposit before we cut swatches; the card is charged
through the payment provider and only a masked number is kept.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("payments")

PROVIDER_URL = os.environ.get("PAYMENT_PROVIDER_URL", "https://api.payrail.eu/v1")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


def mask_pan(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


async def charge_deposit(order_no: str, amount: Decimal, currency: str, card: CardDetails) -> str:
    payload = {
        "amount_minor": int(amount * 100),
        "currency": currency,
        "reference": order_no,
        "card": {
            "number": card.number,
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "cvc": card.cvc,
            "holder": card.holder,
        },
    }
    headers = {"Authorization": f"Bearer {os.environ['PAYMENT_PROVIDER_KEY']}"}
    log.info("charging %s %s for order %s, card %s", amount, currency, order_no,
             mask_pan(card.number))
    async with httpx.AsyncClient(base_url=PROVIDER_URL, timeout=20.0) as client:
        resp = await client.post("/charges", json=payload, headers=headers)
    if resp.status_code >= 400:
        log.warning("deposit for order %s declined: %s", order_no, resp.json().get("code"))
        resp.raise_for_status()
    charge_id = resp.json()["id"]
    log.info("deposit for order %s captured as %s", order_no, charge_id)
    return charge_id
