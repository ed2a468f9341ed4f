"""Deposit and cancellation refunds.

Refunds go back to the original card when a hire is cancelled more than
48 hours ahead or when a damage deposit is released. The office sees a
refund log line for each one so it can answer customer queries.
"""

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("coracle.refunds")

PAYMENTS_URL = os.environ.get("PAYMENTS_API_URL", "https://api.example-payments.com/v1")


@dataclass
class OriginalPayment:
    payment_id: str
    booking_ref: str
    card_number: str
    card_brand: str
    amount: Decimal


def card_tail(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return digits[-4:]


def describe(payment: OriginalPayment) -> dict:
    return {
        "payment_id": payment.payment_id,
        "booking": payment.booking_ref,
        "card": f"{payment.card_brand} ending {card_tail(payment.card_number)}",
    }


def refund(payment: OriginalPayment, amount: Decimal, reason: str) -> str:
    if amount > payment.amount:
        raise ValueError("Refund exceeds original payment")
    resp = httpx.post(
        f"{PAYMENTS_URL}/payments/{payment.payment_id}/refunds",
        json={"amount": str(amount), "reason": reason},
        headers={"Authorization": f"Bearer {os.environ['PAYMENTS_API_KEY']}"},
        timeout=20.0,
    )
    resp.raise_for_status()
    refund_id = resp.json()["id"]
    log.info("Refund %s of %s issued (%s): %s", refund_id, amount, reason, describe(payment))
    return refund_id
