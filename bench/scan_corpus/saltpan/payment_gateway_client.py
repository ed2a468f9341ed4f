"""Card payments for restaurant accounts without trade credit.

New restaurants pay by card until they are approved for 30-day terms. Card
details are tokenised by the payment provider; the token is charged from
here and the outcome written to the order.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.cardgateway.example/v1")


@dataclass
class CardCharge:
    order_ref: str
    amount: Decimal
    currency: str
    card_token: str
    card_number: str  # as typed, kept only for the duration of the request


def masked_pan(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


class PaymentGateway:
    def __init__(self, session: requests.Session = None):
        self._session = session or requests.Session()
        self._session.auth = (os.environ["PAYMENT_GATEWAY_KEY_ID"], os.environ["PAYMENT_GATEWAY_SECRET"])

    def charge(self, charge: CardCharge) -> str:
        log.info(
            "charging order %s %s %s on card %s",
            charge.order_ref, charge.amount, charge.currency, masked_pan(charge.card_number),
        )
        resp = self._session.post(
            f"{GATEWAY_URL}/charges",
            json={
                "amount": str(charge.amount),
                "currency": charge.currency,
                "source": charge.card_token,
                "reference": charge.order_ref,
                "description": f"Sea salt order {charge.order_ref}",
            },
            timeout=20,
        )
        if resp.status_code == 402:
            reason = resp.json().get("decline_code", "unknown")
            log.warning("card declined for order %s: %s", charge.order_ref, reason)
            raise PermissionError(reason)
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("order %s charged, gateway id %s", charge.order_ref, charge_id)
        return charge_id
