"""Card payments taken over the phone for restaurant orders.

Some smaller restaurants phone in their smoked-eel orders and pay by card.
The order desk keys the card details into the back-office form, which
charges the card through the acquirer's server-to-server API.
"""

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("orders.card")

ACQUIRER_URL = os.environ.get("ACQUIRER_API_URL", "https://api.acquirer.example/v2")


@dataclass
class CardDetails:
    holder: str
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str


class CardDeclined(Exception):
    pass


def _charge_payload(order_no: str, amount: Decimal, card: CardDetails) -> dict:
    return {
        "reference": order_no,
        "amount": {"value": int(amount * 100), "currency": "EUR"},
        "payment_method": {"type": "card", **asdict(card)},
        "channel": "moto",
    }


def charge_order(order_no: str, amount: Decimal, card: CardDetails) -> str:
    payload = _charge_payload(order_no, amount, card)
    resp = requests.post(
        f"{ACQUIRER_URL}/payments",
        json=payload,
        headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
        timeout=20,
    )
    result = resp.json()
    if resp.status_code != 200 or result.get("status") != "authorised":
        log.warning(
            "card payment for order %s refused (%s): %s",
            order_no,
            result.get("refusal_reason", resp.status_code),
            payload,
        )
        raise CardDeclined(result.get("refusal_reason", "declined"))
    log.info("order %s paid, psp reference %s", order_no, result["psp_reference"])
    return result["psp_reference"]
