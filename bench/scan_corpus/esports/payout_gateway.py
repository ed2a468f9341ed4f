"""Prize payout gateway used by the finance worker.

Credentials come from the environment, populated from the secrets manager
by the deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

API_KEY_ENV = "PAYOUT_API_KEY"
API_SECRET_ENV = "PAYOUT_API_SECRET"
TOKEN_PATH = "/oauth/token"


@dataclass
class GatewayConfig:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYOUT_API_URL"].rstrip("/"),
            client_id=os.environ[API_KEY_ENV],
            client_secret=os.environ[API_SECRET_ENV],
        )


class PayoutGateway:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig.from_env()
        self._client = httpx.Client(base_url=self.config.base_url, timeout=15.0)
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            resp = self._client.post(
                TOKEN_PATH,
                data={"grant_type": "client_credentials"},
                auth=(self.config.client_id, self.config.client_secret),
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def pay_prize(self, recipient_id: str, amount: Decimal, currency: str, reference: str) -> dict:
        resp = self._client.post(
            "/v1/transfers",
            json={"recipient": recipient_id, "amount": str(amount), "currency": currency, "reference": reference},
            headers={"Authorization": f"Bearer {self._access_token()}", "Idempotency-Key": reference},
        )
        resp.raise_for_status()
        return resp.json()
