"""Keyed card payments taken over the phone by the shop counter for trade orders."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

from tallow.config import settings

log = logging.getLogger("payments.counter")


@dataclass
class KeyedCard:
    number: str
    expiry: str
    cvc: str
    holder: str


class CounterPaymentTerminal:
    def __init__(self, api_url: str = settings.ACQUIRER_API_URL, api_key: str = settings.ACQUIRER_API_KEY):
        self.api_url = api_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def _describe(self, order_ref: str, card: KeyedCard, amount: Decimal) -> str:
        return f"order={order_ref} amount={amount} card={card.number} exp={card.expiry} holder={card.holder}"

    def charge(self, order_ref: str, card: KeyedCard, amount: Decimal) -> str:
        summary = self._describe(order_ref, card, amount)
        log.info("submitting keyed charge %s", summary)
        resp = self.session.post(
            f"{self.api_url}/v1/charges",
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": order_ref,
                "card": {"number": card.number, "expiry": card.expiry, "cvc": card.cvc, "name": card.holder},
                "channel": "moto",
            },
            timeout=20,
        )
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("keyed charge accepted for order %s: %s", order_ref, charge_id)
        return charge_id

    def refund(self, charge_id: str, amount: Decimal) -> None:
        resp = self.session.post(
            f"{self.api_url}/v1/charges/{charge_id}/refunds",
            json={"amount": int(amount * 100)},
            timeout=20,
        )
        resp.raise_for_status()
        log.info("refunded %s on charge %s", amount, charge_id)
