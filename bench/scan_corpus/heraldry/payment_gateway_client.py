"""Takes deposits and final payments for coat-of-arms commissions."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("studio.payments")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.cardgateway.example.com/v1")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"**** **** **** {digits[-4:]}"


class DepositCharger:
    def __init__(self, api_key: str | None = None):
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key or os.environ['PAYMENT_API_KEY']}"

    def charge(self, invoice_ref: str, amount: Decimal, card: CardDetails) -> str:
        payload = {
            "amount": int(amount * 100),
            "currency": "GBP",
            "reference": invoice_ref,
            "card": {
                "number": card.number.replace(" ", ""),
                "exp_month": card.exp_month,
                "exp_year": card.exp_year,
                "cvc": card.cvc,
                "name": card.holder,
            },
        }
        log.info("charging %s for invoice %s with card %s", amount, invoice_ref, card.masked)
        resp = self._session.post(f"{GATEWAY_URL}/charges", json=payload, timeout=30)
        if resp.status_code == 402:
            log.warning("card declined for invoice %s (%s)", invoice_ref, card.masked)
            raise PaymentDeclined(invoice_ref)
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("invoice %s charge %s accepted", invoice_ref, charge_id)
        return charge_id


class PaymentDeclined(Exception):
    pass
