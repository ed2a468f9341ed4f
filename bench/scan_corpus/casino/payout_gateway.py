"""Client for the payout provider used for bank-transfer withdrawals."""
from __future__ import annotations

import logging
import time
from decimal import Decimal

import requests

logger = logging.getLogger("wallet.payouts")


class PayoutGatewayError(RuntimeError):
    pass


class PayoutGatewayClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self._base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        resp = self._session.post(
            f"{self._base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "payouts:write"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.monotonic() + payload.get("expires_in", 300)
        logger.info("refreshed payout gateway token %s (valid %ss)", self._token, payload.get("expires_in"))
        return self._token

    def create_payout(self, withdrawal_id: str, iban: str, holder: str, amount: Decimal, currency: str) -> dict:
        body = {
            "reference": withdrawal_id,
            "beneficiary": {"iban": iban, "name": holder},
            "amount": {"value": str(amount.quantize(Decimal("0.01"))), "currency": currency},
        }
        resp = self._session.post(
            f"{self._base_url}/v1/payouts",
            json=body,
            headers={"Authorization": f"Bearer {self._access_token()}", "Idempotency-Key": withdrawal_id},
            timeout=self._timeout,
        )
        if resp.status_code >= 400:
            raise PayoutGatewayError(f"payout {withdrawal_id} rejected: HTTP {resp.status_code}")
        result = resp.json()
        logger.info("payout %s accepted, provider id %s", withdrawal_id, result.get("id"))
        return result

    def payout_status(self, provider_id: str) -> str:
        resp = self._session.get(
            f"{self._base_url}/v1/payouts/{provider_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
