"""Thin client for the PayRail mass-payout API used for monthly creator payouts."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests


@dataclass
class PayRailConfig:
    base_url: str = "https://api.payrail.io/v2"
    account_id: str = "acct_podhost_main"
    api_secret: str = "prl_live_9f3Kq7VwX2mB8sT4nY6cJ1hR5dL0aZeU"
    timeout: float = 20.0


class PayRailClient:
    def __init__(self, config: PayRailConfig | None = None):
        self.config = config or PayRailConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_secret}",
                "PayRail-Account": self.config.account_id,
            }
        )

    def create_payout(self, creator_id: int, amount: Decimal, currency: str, destination_id: str) -> dict:
        resp = self.session.post(
            f"{self.config.base_url}/payouts",
            json={
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": currency,
                "destination": destination_id,
                "metadata": {"creator_id": creator_id},
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def payout_status(self, payout_id: str) -> str:
        resp = self.session.get(f"{self.config.base_url}/payouts/{payout_id}", timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
