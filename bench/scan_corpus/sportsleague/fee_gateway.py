"""Thin client for the payment gateway used to collect club affiliation fees."""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import requests

log = logging.getLogger("league.fees.gateway")


class GatewayError(RuntimeError):
    pass


class FeeGateway:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key or os.environ['FEE_GATEWAY_API_KEY']}",
                "Accept": "application/json",
                "User-Agent": "league-portal/3.2",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        headers = {"Idempotency-Key": str(uuid.uuid4()), **self.session.headers}
        log.debug("POST %s%s headers=%s payload=%s", self.base_url, path, headers, payload)
        resp = self.session.post(
            f"{self.base_url}{path}", json=payload, headers=headers, timeout=self.timeout
        )
        if resp.status_code >= 400:
            raise GatewayError(f"{path} failed with {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def create_charge(self, club_id: int, invoice_ref: str, amount: Decimal, currency: str = "GBP") -> str:
        body = {
            "amount": int(amount * 100),
            "currency": currency,
            "reference": invoice_ref,
            "metadata": {"club_id": club_id},
        }
        return self._post("/v1/charges", body)["id"]

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        body = {"charge": charge_id}
        if amount is not None:
            body["amount"] = int(amount * 100)
        return self._post("/v1/refunds", body)["id"]
