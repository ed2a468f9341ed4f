"""Card payments for market stall and farm-gate honey sales.

The stall tablet collects card details through the card reader SDK and
submits the charge to the acquirer's REST API.
"""
import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

from shop.settings import ACQUIRER

logger = logging.getLogger("shop.payments")


@dataclass
class CardDetails:
    pan: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class Charge:
    order_ref: str
    amount: Decimal
    currency: str = "GBP"


def _charge_payload(charge: Charge, card: CardDetails) -> dict:
    return {
        "reference": charge.order_ref,
        "amount_minor": int(charge.amount * 100),
        "currency": charge.currency,
        "card": asdict(card),
        "channel": "pos",
    }


def submit_charge(charge: Charge, card: CardDetails) -> str:
    payload = _charge_payload(charge, card)
    logger.info("Submitting charge for %s: %s", charge.order_ref, payload)
    resp = requests.post(
        f"{ACQUIRER['base_url']}/v2/charges",
        json=payload,
        auth=(ACQUIRER["merchant_id"], ACQUIRER["api_secret"]),
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    logger.info("Charge %s for %s: %s", body["id"], charge.order_ref, body["status"])
    return body["id"]
