"""Thin client for the card processor's REST API used by checkout."""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import requests

logger = logging.getLogger("checkout.payments")


class PaymentDeclined(Exception):
    pass


class GatewayClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or os.environ["PAYMENT_GATEWAY_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"
        logger.debug("gateway client ready base=%s key=%s", self.base_url, self.api_key)

    def authorize(self, order_id: str, amount: Decimal, currency: str, card_token: str) -> str:
        payload = {
            "amount": str(amount.quantize(Decimal("0.01"))),
            "currency": currency.upper(),
            "source": card_token,
            "reference": order_id,
        }
        resp = self.session.post(
            f"{self.base_url}/v1/authorizations",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self.timeout,
        )
        if resp.status_code == 402:
            raise PaymentDeclined(resp.json().get("decline_code", "unknown"))
        resp.raise_for_status()
        auth_id = resp.json()["id"]
        logger.info("authorized order=%s amount=%s %s auth=%s", order_id, amount, currency, auth_id)
        return auth_id

    def capture(self, auth_id: str) -> None:
        resp = self.session.post(
            f"{self.base_url}/v1/authorizations/{auth_id}/capture", timeout=self.timeout
        )
        resp.raise_for_status()

    def void(self, auth_id: str) -> None:
        resp = self.session.post(
            f"{self.base_url}/v1/authorizations/{auth_id}/void", timeout=self.timeout
        )
        resp.raise_for_status()
