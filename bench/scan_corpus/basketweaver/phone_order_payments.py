"""Taking card payment for phone orders through the processor's server API.

Older customers often ring the workshop to order a log basket or book a
course; staff type the card details into the back office, we pass them
straight to the processor and keep only the last four digits.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.phone")

PROCESSOR_URL = "https://api.cardstream-payments.com/v1/charges"


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    name: str


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]


def charge_phone_order(order_ref: str, amount_pence: int, card: CardDetails, staff: str) -> str:
    resp = requests.post(
        PROCESSOR_URL,
        auth=(os.environ["CARD_PROCESSOR_KEY"], ""),
        data={
            "amount": amount_pence,
            "currency": "gbp",
            "card[number]": card.number,
            "card[exp_month]": card.exp_month,
            "card[exp_year]": card.exp_year,
            "card[cvc]": card.cvc,
            "card[name]": card.name,
            "metadata[order_ref]": order_ref,
        },
        timeout=30,
    )
    log.info(
        "phone order %s: %s charged %d pence to card %s (status %s)",
        order_ref, staff, amount_pence, mask_pan(card.number), resp.status_code,
    )
    resp.raise_for_status()
    return resp.json()["id"]
