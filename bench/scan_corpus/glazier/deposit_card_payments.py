"""Take card deposits over the phone for window and door orders.

Office staff key in the customer's card details while on the call; the
charge goes straight to the payment gateway and nothing is stored locally.
"""
import logging
import os
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import requests

logger = logging.getLogger("payments.moto")

GATEWAY_URL = "https://api.cardgateway.example/v2/charges"
DEPOSIT_RATE = Decimal("0.30")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


def deposit_for(order_total: Decimal) -> Decimal:
    return (order_total * DEPOSIT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class MotoPayments:
    def __init__(self, api_key: str | None = None, timeout: float = 20.0):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['CARD_GATEWAY_KEY']}"
        self.timeout = timeout

    def charge_deposit(self, order_ref: str, order_total: Decimal, card: CardDetails) -> str:
        amount = deposit_for(order_total)
        resp = self.session.post(
            GATEWAY_URL,
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": order_ref,
                "card": {
                    "number": card.number,
                    "exp_month": card.expiry_month,
                    "exp_year": card.expiry_year,
                    "cvc": card.cvc,
                    "name": card.holder,
                },
                "channel": "moto",
            },
            timeout=self.timeout,
        )
        if resp.status_code != 201:
            logger.error(
                "Deposit of %s declined for order %s (card %s, exp %02d/%d): %s",
                amount, order_ref, card.number, card.expiry_month, card.expiry_year, resp.text,
            )
            resp.raise_for_status()
        charge_id = resp.json()["id"]
        logger.info("Deposit %s taken for order %s, charge %s", amount, order_ref, charge_id)
        return charge_id
