"""Take card payments at the front counter when customers collect repaired sails."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("loft.payments")
GATEWAY_URL = os.environ.get("GATEWAY_URL", "https://gateway.example-payments.com/v1")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class PaymentDeclined(Exception):
    pass


def _payload(invoice_no: str, amount: Decimal, card: CardDetails) -> dict:
    return {
        "amount": int(amount * 100),
        "currency": "EUR",
        "reference": invoice_no,
        "card": {
            "number": card.number.replace(" ", ""),
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }


def charge_card(invoice_no: str, amount: Decimal, card: CardDetails) -> str:
    headers = {"Authorization": f"Bearer {os.environ['GATEWAY_SECRET_KEY']}"}
    with httpx.Client(timeout=30) as client:
        resp = client.post(f"{GATEWAY_URL}/charges", json=_payload(invoice_no, amount, card),
                           headers=headers)
    data = resp.json()
    if resp.status_code != 201 or data.get("status") != "succeeded":
        log.warning(
            "card declined for invoice %s (card %s, exp %02d/%d): %s",
            invoice_no, card.number, card.expiry_month, card.expiry_year,
            data.get("decline_reason", "unknown"),
        )
        raise PaymentDeclined(data.get("decline_reason", "declined"))
    log.info("invoice %s charged %s", invoice_no, amount)
    return data["id"]
