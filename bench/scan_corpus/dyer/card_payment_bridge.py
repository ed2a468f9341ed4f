"""Take card payments for cash-on-order sample and small-lot jobs.

Non-account customers pay up front over the phone; the sales office keys
the card into the back-office app which forwards it to the gateway.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

from dyer.settings import PAYMENT_GATEWAY

logger = logging.getLogger("dyer.payments")


@dataclass
class CardCharge:
    order_ref: str
    amount: Decimal
    currency: str
    card_number: str
    expiry: str
    cvc: str
    cardholder: str


class DeclinedError(Exception):
    pass


def _gateway_payload(charge: CardCharge) -> dict:
    return {
        "merchant_id": PAYMENT_GATEWAY["merchant_id"],
        "reference": charge.order_ref,
        "amount_minor": int(charge.amount * 100),
        "currency": charge.currency,
        "card": {"pan": charge.card_number, "expiry": charge.expiry, "cvc": charge.cvc, "name": charge.cardholder},
    }


def take_payment(charge: CardCharge) -> str:
    response = requests.post(
        f"{PAYMENT_GATEWAY['url']}/payments",
        json=_gateway_payload(charge),
        auth=(PAYMENT_GATEWAY["merchant_id"], PAYMENT_GATEWAY["api_secret"]),
        timeout=30,
    )
    result = response.json()
    if result.get("status") != "authorised":
        logger.warning("payment declined (%s) for %r", result.get("decline_code"), charge)
        raise DeclinedError(result.get("decline_code", "unknown"))
    logger.info("payment %s authorised for order %s", result["payment_id"], charge.order_ref)
    return result["payment_id"]
