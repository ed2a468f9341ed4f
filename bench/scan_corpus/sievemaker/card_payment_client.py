"""Card payments for webshop orders of test sieves and spare meshes.

Small laboratory customers pay by card at checkout; the charge is made
through the payment provider's REST API. Card data is passed straight
through to the provider and never stored.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("shop.payments")

PROVIDER_URL = os.environ.get("PAYMENT_API_URL", "https://api.payments.example.com/v1")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"{'*' * (len(digits) - 4)}{digits[-4:]}"


class PaymentError(Exception):
    pass


async def charge(order_no: str, amount: Decimal, currency: str, card: CardDetails) -> str:
    api_key = os.environ["PAYMENT_API_KEY"]
    payload = {
        "amount": str(amount),
        "currency": currency,
        "reference": order_no,
        "card": {
            "number": card.number.replace(" ", ""),
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    log.info("charging %s %s for order %s with card %s", amount, currency, order_no, card.masked)
    async with httpx.AsyncClient(base_url=PROVIDER_URL, timeout=20) as client:
        resp = await client.post("/charges", json=payload,
                                 headers={"Authorization": f"Bearer {api_key}"})
    if resp.status_code != 201:
        log.warning("charge for order %s declined: %s", order_no, resp.json().get("code"))
        raise PaymentError(resp.json().get("message", "payment declined"))
    charge_id = resp.json()["id"]
    log.info("order %s paid, charge %s", order_no, charge_id)
    return charge_id
