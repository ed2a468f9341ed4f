"""Thin client for the payment service provider used for customer card payments and refunds."""
from __future__ import annotations

import logging
import time
from decimal import Decimal

import httpx

logger = logging.getLogger("payments.psp")


class PspClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self._http = httpx.Client(base_url=base_url, timeout=15.0)
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        logger.debug("requesting PSP token client_id=%s secret=%s", self._client_id, self._client_secret)
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + body.get("expires_in", 300)
        return self._token

    def _headers(self, idempotency_key: str) -> dict:
        return {"Authorization": f"Bearer {self._access_token()}", "Idempotency-Key": idempotency_key}

    def capture(self, payment_id: str, amount: Decimal, order_ref: str) -> dict:
        resp = self._http.post(
            f"/payments/{payment_id}/capture",
            json={"amount": str(amount), "reference": order_ref},
            headers=self._headers(f"capture-{order_ref}"),
        )
        resp.raise_for_status()
        logger.info("captured payment %s for order %s", payment_id, order_ref)
        return resp.json()

    def refund(self, payment_id: str, amount: Decimal, reason: str, order_ref: str) -> dict:
        resp = self._http.post(
            f"/payments/{payment_id}/refunds",
            json={"amount": str(amount), "reason": reason},
            headers=self._headers(f"refund-{order_ref}-{amount}"),
        )
        resp.raise_for_status()
        logger.info("refunded %s on payment %s (%s)", amount, payment_id, reason)
        return resp.json()
