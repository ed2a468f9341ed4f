"""Takes party booking deposits through the card payment provider's REST API."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("laserquest.payments")


class PaymentError(RuntimeError):
    pass


@dataclass
class DepositResult:
    charge_id: str
    amount: Decimal
    status: str


class DepositClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self._base_url = (base_url or os.environ["PAYMENTS_API_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["PAYMENTS_API_KEY"]
        self._http = httpx.Client(
            base_url=self._base_url,
            headers={"Authorization": f"Bearer {self._api_key}"},
            timeout=15.0,
        )

    def charge_deposit(self, booking_id: int, amount: Decimal, card_token: str) -> DepositResult:
        idempotency_key = str(uuid.uuid4())
        resp = self._http.post(
            "/v1/charges",
            json={
                "amount": int(amount * 100),
                "currency": "usd",
                "source": card_token,
                "description": f"Party booking #{booking_id} deposit",
                "metadata": {"booking_id": booking_id},
            },
            headers={"Idempotency-Key": idempotency_key},
        )
        if resp.status_code >= 400:
            detail = f"status={resp.status_code} key={self._api_key} body={resp.text[:200]}"
            raise PaymentError(f"charge for booking {booking_id} failed: {detail}")
        body = resp.json()
        log.info("deposit %s charged for booking %d", body["id"], booking_id)
        return DepositResult(body["id"], amount, body["status"])

    def refund(self, charge_id: str) -> str:
        resp = self._http.post("/v1/refunds", json={"charge": charge_id})
        resp.raise_for_status()
        log.info("refund issued for charge %s", charge_id)
        return resp.json()["id"]

    def close(self) -> None:
        self._http.close()
