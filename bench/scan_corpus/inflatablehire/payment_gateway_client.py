"""Thin client for the card payment provider used for deposits and damage holds."""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import requests

logger = logging.getLogger("payments.gateway")


class PaymentGatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str, secret_key: str, timeout: float = 10.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._secret_key = secret_key
        self._timeout = timeout

    @classmethod
    def from_env(cls) -> "PaymentGatewayClient":
        return cls(os.environ["PAYMENTS_API_URL"], os.environ["PAYMENTS_SECRET_KEY"])

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        headers = self._headers(str(uuid.uuid4()))
        logger.debug("POST %s%s headers=%s payload=%s", self._base_url, path, headers, payload)
        resp = requests.post(
            f"{self._base_url}{path}", json=payload, headers=headers, timeout=self._timeout
        )
        if resp.status_code >= 400:
            raise PaymentGatewayError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    def create_deposit_link(self, booking_ref: str, amount: Decimal, email: str) -> str:
        data = self._post(
            "/v1/payment_links",
            {
                "amount": int(amount * 100),
                "currency": "gbp",
                "reference": booking_ref,
                "customer_email": email,
                "description": f"Deposit for booking {booking_ref}",
            },
        )
        return data["url"]

    def place_damage_hold(self, booking_ref: str, card_token: str, amount: Decimal) -> str:
        data = self._post(
            "/v1/authorisations",
            {"amount": int(amount * 100), "currency": "gbp", "source": card_token,
             "capture": False, "reference": booking_ref},
        )
        return data["id"]

    def release_hold(self, authorisation_id: str) -> None:
        self._post(f"/v1/authorisations/{authorisation_id}/void", {})
