"""Client for the gift card processor that backs plastic spa gift cards.

Cards sold in partner department stores are activated and redeemed through
the processor's REST API; balances are mirrored into the voucher ledger.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx


def _required_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


@dataclass
class ProcessorCredentials:
    merchant_id: str = field(default_factory=lambda: _required_env("GIFTCARD_MERCHANT_ID"))
    api_key: str = field(default_factory=lambda: _required_env("GIFTCARD_API_KEY"), repr=False)
    base_url: str = field(
        default_factory=lambda: _required_env("GIFTCARD_API_URL")
    )


class GiftCardProcessor:
    def __init__(self, credentials: ProcessorCredentials | None = None) -> None:
        self.credentials = credentials or ProcessorCredentials()
        self.http = httpx.Client(
            base_url=self.credentials.base_url,
            headers={
                "X-Merchant-Id": self.credentials.merchant_id,
                "X-Api-Key": self.credentials.api_key,
            },
            timeout=10.0,
        )

    def balance(self, card_number: str) -> Decimal:
        response = self.http.get(f"/cards/{card_number}/balance")
        response.raise_for_status()
        return Decimal(response.json()["balance"])

    def redeem(self, card_number: str, amount: Decimal, booking_ref: str) -> str:
        response = self.http.post(
            f"/cards/{card_number}/redemptions",
            json={"amount": str(amount), "reference": booking_ref},
        )
        response.raise_for_status()
        return response.json()["transaction_id"]
