"""Connects the online ticket shop to the card payment gateway."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import requests


class GatewaySettings:
    api_base = "https://api.cardgate.example/v1"
    merchant_id = "PUPPET-THEATRE-BRISTOL"
    secret_key = "sk_live_7Qd2vXb91LmZrT4kHs8Pw3Ny"
    currency = "GBP"


@dataclass
class TicketBasket:
    order_ref: str
    seats: list[str]
    unit_price: Decimal

    @property
    def total_pence(self) -> int:
        return int(self.unit_price * len(self.seats) * 100)


class PaymentGateway:
    def __init__(self, settings: type[GatewaySettings] = GatewaySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.auth = (settings.merchant_id, settings.secret_key)

    def create_intent(self, basket: TicketBasket) -> dict:
        response = self._session.post(
            f"{self._settings.api_base}/payment_intents",
            json={
                "amount": basket.total_pence,
                "currency": self._settings.currency,
                "reference": basket.order_ref,
                "description": f"{len(basket.seats)} ticket(s)",
            },
            timeout=15,
        )
        response.raise_for_status()
        return response.json()

    def refund(self, intent_id: str, amount_pence: int) -> dict:
        response = self._session.post(
            f"{self._settings.api_base}/refunds",
            json={"intent": intent_id, "amount": amount_pence},
            timeout=15,
        )
        response.raise_for_status()
        return response.json()


def checkout(order_ref: str, seats: list[str], unit_price: str) -> str:
    basket = TicketBasket(order_ref=order_ref, seats=seats, unit_price=Decimal(unit_price))
    intent = PaymentGateway().create_intent(basket)
    return intent["client_secret"]
