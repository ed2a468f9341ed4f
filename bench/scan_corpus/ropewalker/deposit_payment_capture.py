"""Captures card deposits for custom rope orders taken by phone in the sales office."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from ropewalker.config import settings

log = logging.getLogger("ropewalker.payments")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


class DepositCapture:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(
            base_url=settings.PAYMENT_GATEWAY_URL,
            headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_KEY}"},
            timeout=15.0,
        )

    def capture(self, order_ref: str, amount: Decimal, currency: str, card: CardDetails) -> str:
        log.info(
            "capturing deposit for %s: %s %s on card %s",
            order_ref,
            amount,
            currency,
            card.masked,
        )
        response = self.client.post(
            "/v1/charges",
            json={
                "amount_minor": int(amount * 100),
                "currency": currency,
                "reference": order_ref,
                "card": {
                    "number": card.number.replace(" ", ""),
                    "exp_month": card.expiry_month,
                    "exp_year": card.expiry_year,
                    "cvc": card.cvc,
                    "name": card.holder,
                },
            },
        )
        if response.status_code >= 400:
            log.warning("deposit for %s declined: %s", order_ref, response.json().get("code"))
            response.raise_for_status()
        charge_id = response.json()["id"]
        log.info("deposit for %s captured as %s", order_ref, charge_id)
        return charge_id
