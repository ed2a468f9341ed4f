"""Take the deposit on an accepted quote by card over the phone.

The office enters card details in the terminal screen while the customer is
on the line. Cards are charged through the payment gateway's direct API.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.deposit")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.payments.example/v3")
DEPOSIT_RATE = Decimal("0.25")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class DepositDeclined(Exception):
    pass


def deposit_for(quote_total: Decimal) -> Decimal:
    return (quote_total * DEPOSIT_RATE).quantize(Decimal("0.01"))


def charge_deposit(quote_ref: str, quote_total: Decimal, card: CardDetails) -> str:
    amount = deposit_for(quote_total)
    resp = requests.post(
        f"{GATEWAY_URL}/charges",
        auth=(os.environ["PAYMENT_GATEWAY_KEY"], ""),
        json={
            "amount": str(amount),
            "currency": "GBP",
            "reference": quote_ref,
            "card": {
                "number": card.number,
                "exp_month": card.expiry_month,
                "exp_year": card.expiry_year,
                "cvc": card.cvc,
                "name": card.holder,
            },
        },
        timeout=30,
    )
    data = resp.json()
    if resp.status_code != 200 or data.get("status") != "succeeded":
        log.warning("deposit declined for %s card=%s reason=%s", quote_ref, card.number,
                    data.get("decline_code"))
        raise DepositDeclined(data.get("decline_code", "unknown"))
    log.info("deposit of £%s taken for %s (charge %s)", amount, quote_ref, data["id"])
    return data["id"]
