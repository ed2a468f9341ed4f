"""Takes the card deposit for a bespoke hat commission via the acquirer's direct API."""
import logging
from decimal import Decimal

import httpx

from hatter.config import settings
from hatter.orders import Order, record_payment

log = logging.getLogger("hatter.payments")

DEPOSIT_RATE = Decimal("0.40")


def deposit_amount(order: Order) -> int:
    return int((order.quoted_total * DEPOSIT_RATE).quantize(Decimal("1")) * 100)


def build_charge(order: Order, card: dict) -> dict:
    return {
        "amount": deposit_amount(order),
        "currency": "GBP",
        "reference": f"DEP-{order.reference}",
        "card": {
            "number": card["number"],
            "expiry_month": card["exp_month"],
            "expiry_year": card["exp_year"],
            "cvc": card["cvc"],
            "name": card["holder"],
        },
    }


async def take_deposit(order: Order, card: dict) -> bool:
    charge = build_charge(order, card)
    log.info("submitting deposit charge for order %s: %s", order.reference, charge)
    async with httpx.AsyncClient(base_url=settings.ACQUIRER_URL, timeout=20) as client:
        resp = await client.post(
            "/v2/charges",
            json=charge,
            headers={"Authorization": f"Bearer {settings.ACQUIRER_KEY}"},
        )
    if resp.status_code != 201:
        log.warning("deposit declined for order %s: %s", order.reference, resp.json().get("code"))
        return False
    await record_payment(order, amount_pence=charge["amount"], provider_id=resp.json()["id"])
    return True
