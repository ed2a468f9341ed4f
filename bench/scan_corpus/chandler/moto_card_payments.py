"""Takes card payments over the phone for crew shop orders and cash-to-
master requests, forwarding them to the acquirer's MOTO endpoint.
"""
import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("chandler.payments.moto")

ACQUIRER_URL = os.environ.get("ACQUIRER_MOTO_URL", "https://api.acquirer.example/v1/moto/payments")


@dataclass
class MotoPayment:
    order_ref: str
    amount: Decimal
    currency: str
    card_number: str
    expiry: str
    cvc: str
    cardholder: str


def _acquirer_body(payment: MotoPayment) -> dict:
    body = asdict(payment)
    body["amount"] = {"value": int(payment.amount * 100), "currency": payment.currency}
    body.pop("currency")
    return body


def capture(payment: MotoPayment, session: requests.Session | None = None) -> str:
    session = session or requests.Session()
    body = _acquirer_body(payment)
    log.info("submitting MOTO payment for %s: %s", payment.order_ref, body)
    resp = session.post(
        ACQUIRER_URL,
        json=body,
        headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
        timeout=20,
    )
    resp.raise_for_status()
    result = resp.json()
    log.info(
        "payment %s result=%s psp=%s", payment.order_ref, result["status"], result["pspReference"]
    )
    return result["pspReference"]
