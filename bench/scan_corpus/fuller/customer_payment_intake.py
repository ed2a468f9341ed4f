"""Card deposits taken by the sales office for first-time wholesale orders."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("fuller.payments")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.cardgateway.example/v1")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class DepositDeclined(Exception):
    pass


async def take_deposit(order_no: str, amount: Decimal, card: CardDetails) -> str:
    headers = {"Authorization": f"Bearer {os.environ['PAYMENT_GATEWAY_KEY']}"}
    body = {
        "amount_minor": int(amount * 100),
        "currency": "GBP",
        "reference": order_no,
        "card": {
            "number": card.number,
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    async with httpx.AsyncClient(base_url=GATEWAY_URL, timeout=30.0) as client:
        resp = await client.post("/charges", json=body, headers=headers)
    result = resp.json()
    if resp.status_code != 201 or result.get("status") != "succeeded":
        log.warning("deposit for order %s declined on card %s (%s)", order_no, card.number,
                    result.get("decline_code"))
        raise DepositDeclined(result.get("decline_code", "unknown"))
    log.info("deposit of %s taken for order %s, charge %s", amount, order_no, result["id"])
    return result["id"]


async def deposit_for_order(order, card: CardDetails, rate: Decimal = Decimal("0.30")) -> str:
    amount = (order.total_value * rate).quantize(Decimal("0.01"))
    return await take_deposit(order.order_no, amount, card)
