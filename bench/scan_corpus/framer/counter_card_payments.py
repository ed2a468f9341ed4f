"""Take card-not-present payments over the phone for framing deposits.

Staff key the customer's card into the back-office form; we pass it to
the payment gateway and store only the gateway reference.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("framer.payments.moto")

GATEWAY_URL = "https://gateway.cardpay.example/v1/moto/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class Deposit:
    quote_ref: str
    amount: Decimal
    currency: str = "GBP"


def charge_deposit(card: CardDetails, deposit: Deposit) -> str:
    log.info(
        "taking %s %s deposit for quote %s on card %s (%s)",
        deposit.amount, deposit.currency, deposit.quote_ref, card.number, card.holder,
    )
    payload = {
        "amount": int(deposit.amount * 100),
        "currency": deposit.currency,
        "reference": deposit.quote_ref,
        "card": {
            "number": card.number,
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    resp = httpx.post(
        GATEWAY_URL,
        json=payload,
        auth=(os.environ["CARDPAY_MERCHANT_ID"], os.environ["CARDPAY_API_KEY"]),
        timeout=20,
    )
    resp.raise_for_status()
    charge_id = resp.json()["charge_id"]
    log.info("deposit for quote %s accepted as %s", deposit.quote_ref, charge_id)
    return charge_id
