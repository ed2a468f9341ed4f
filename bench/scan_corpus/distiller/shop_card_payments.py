"""Card-present payments at the distillery shop and tasting bar.

The till posts card details from the terminal to the acquirer's gateway
for manual-entry transactions when the chip reader is unavailable.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from shop.settings import ACQUIRER_URL, ACQUIRER_MERCHANT_ID, acquirer_token

log = logging.getLogger("shop.payments")


@dataclass
class ManualCardPayment:
    till_id: str
    amount: Decimal
    currency: str
    card_number: str
    expiry: str
    cvc: str
    cardholder: str


class PaymentDeclined(Exception):
    pass


def _payload(payment: ManualCardPayment) -> dict:
    return {
        "merchant_id": ACQUIRER_MERCHANT_ID,
        "amount_minor": int(payment.amount * 100),
        "currency": payment.currency,
        "card": {"pan": payment.card_number, "expiry": payment.expiry, "cvc": payment.cvc},
        "cardholder_name": payment.cardholder,
        "entry_mode": "manual",
    }


def charge(payment: ManualCardPayment) -> str:
    response = httpx.post(
        f"{ACQUIRER_URL}/v2/payments",
        json=_payload(payment),
        headers={"Authorization": f"Bearer {acquirer_token()}"},
        timeout=15,
    )
    body = response.json()
    if response.status_code != 201 or body.get("status") != "approved":
        log.warning("Manual card payment declined: %s reason=%s", payment, body.get("reason"))
        raise PaymentDeclined(body.get("reason", "declined"))
    log.info("Manual card payment approved at till %s: %s", payment.till_id, body["payment_id"])
    return body["payment_id"]
