"""Card payments for walk-up tickets at the ticket barn.

The barn's till takes card details on the counter terminal when the
card reader is down; the details are passed to the payment gateway and
never stored.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("boxoffice.payments")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.cardgateway.co.uk/v1/charges")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    name: str


class PaymentDeclined(Exception):
    pass


def _gateway_key() -> str:
    return os.environ["PAYMENT_GATEWAY_SECRET_KEY"]


def charge_walk_up(order_ref: str, amount: Decimal, card: CardDetails) -> str:
    payload = {
        "amount": int(amount * 100),
        "currency": "GBP",
        "reference": order_ref,
        "card": {
            "number": card.number.replace(" ", ""),
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.name,
        },
    }
    resp = requests.post(
        GATEWAY_URL,
        json=payload,
        headers={"Authorization": f"Bearer {_gateway_key()}"},
        timeout=20,
    )
    data = resp.json()
    if resp.status_code != 200 or data.get("status") != "succeeded":
        log.warning(
            "Card declined for order %s: card=%s exp=%02d/%d reason=%s",
            order_ref, card.number, card.expiry_month, card.expiry_year,
            data.get("decline_reason", "unknown"),
        )
        raise PaymentDeclined(data.get("decline_reason", "declined"))
    log.info("Order %s paid, charge %s", order_ref, data["id"])
    return data["id"]
