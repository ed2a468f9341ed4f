"""Settings for taking charter deposits through the card-payment gateway."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx


@dataclass(frozen=True)
class PaymentGatewaySettings:
    base_url: str
    merchant_id: str
    secret_key_env: str = "CHARTER_PAYMENTS_SECRET_KEY"
    auth_header: str = "X-Merchant-Secret"
    currency: str = "GBP"
    deposit_ratio: Decimal = Decimal("0.30")

    @classmethod
    def load(cls) -> "PaymentGatewaySettings":
        return cls(
            base_url=os.environ["CHARTER_PAYMENTS_URL"],
            merchant_id=os.environ["CHARTER_PAYMENTS_MERCHANT_ID"],
        )

    def headers(self) -> dict[str, str]:
        return {
            self.auth_header: os.environ[self.secret_key_env],
            "X-Merchant-Id": self.merchant_id,
        }


def deposit_minor_units(quote_total: Decimal, settings: PaymentGatewaySettings) -> int:
    return int((quote_total * settings.deposit_ratio).quantize(Decimal("0.01")) * 100)


def create_deposit_intent(quote_ref: str, quote_total: Decimal, client_email: str) -> dict[str, Any]:
    settings = PaymentGatewaySettings.load()
    body = {
        "amount": deposit_minor_units(quote_total, settings),
        "currency": settings.currency,
        "reference": quote_ref,
        "receipt_email": client_email,
        "capture": "manual",
    }
    with httpx.Client(base_url=settings.base_url, headers=settings.headers(), timeout=15.0) as client:
        resp = client.post("/v2/payment-intents", json=body)
        resp.raise_for_status()
        return resp.json()


if __name__ == "__main__":
    print(create_deposit_intent("CH-2291", Decimal("4850.00"), "bookings@example.org"))
