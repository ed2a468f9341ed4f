"""Deposits taken over the phone by the office (mail order / telephone order).

The office enters the customer's card into this screen and we pass it
straight to the payment gateway; nothing is stored locally.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger(__name__)
GATEWAY_URL = os.environ.get("GATEWAY_URL", "https://gateway.payments.example/v1/moto")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class PaymentDeclined(Exception):
    pass


def _gateway_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['GATEWAY_API_KEY']}"}


def take_deposit(order_ref: str, amount: Decimal, card: CardDetails) -> str:
    payload = {
        "amount": int(amount * 100),
        "currency": "GBP",
        "reference": order_ref,
        "channel": "moto",
        "card": {
            "number": card.number.replace(" ", ""),
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    with httpx.Client(timeout=30) as client:
        resp = client.post(GATEWAY_URL, json=payload, headers=_gateway_headers())
    body = resp.json()
    if resp.status_code != 200 or body.get("status") != "authorised":
        logger.warning(
            "Deposit for %s declined (card %s, reason %s)",
            order_ref,
            card.number,
            body.get("decline_reason"),
        )
        raise PaymentDeclined(body.get("decline_reason", "declined"))
    logger.info("Deposit of %s taken for %s, payment %s", amount, order_ref, body["id"])
    return body["id"]
