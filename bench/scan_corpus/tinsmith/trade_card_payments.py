"""Take card payments over the phone for cash-sale customers without a trade account."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("tinsmith.payments")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.payments.example.com/v1")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    cardholder: str


@dataclass
class PaymentResult:
    approved: bool
    reference: str | None
    decline_reason: str | None = None


class PhonePaymentDesk:
    def __init__(self, api_key: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=GATEWAY_URL,
            headers={"Authorization": f"Bearer {api_key or os.environ['PAYMENT_GATEWAY_KEY']}"},
            timeout=30.0,
        )

    def charge(self, quote_no: str, amount: Decimal, card: CardDetails) -> PaymentResult:
        resp = self._client.post(
            "/charges",
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": quote_no,
                "card": {
                    "number": card.number,
                    "exp_month": card.expiry_month,
                    "exp_year": card.expiry_year,
                    "cvc": card.cvc,
                    "name": card.cardholder,
                },
            },
        )
        body = resp.json()
        if resp.status_code == 200 and body.get("status") == "succeeded":
            log.info("quote %s paid by card, charge %s", quote_no, body["id"])
            return PaymentResult(True, body["id"])

        reason = body.get("decline_code", "unknown")
        log.warning("card %s declined for quote %s: %s", card.number, quote_no, reason)
        return PaymentResult(False, None, reason)
