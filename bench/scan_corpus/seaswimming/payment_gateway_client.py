"""Thin client for the card processor used for membership subscriptions."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

import requests

log = logging.getLogger("seaswim.payments")


@dataclass
class GatewayConfig:
    base_url: str = "https://api.payments.example.com/v2"
    api_key: str = field(default_factory=lambda: os.environ["PAYMENTS_API_KEY"])
    timeout: float = 10.0


class PaymentGatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self._session = requests.Session()

    def _headers(self, idempotency_key: str | None = None) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self.config.api_key}",
            "Content-Type": "application/json",
        }
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def _post(self, path: str, payload: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        url = f"{self.config.base_url}{path}"
        headers = self._headers(idempotency_key)
        log.debug("POST %s headers=%s", url, headers)
        resp = self._session.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            raise PaymentGatewayError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    def create_subscription(self, member_id: int, plan: str, customer_ref: str) -> dict[str, Any]:
        return self._post(
            "/subscriptions",
            {"customer": customer_ref, "plan": plan, "metadata": {"member_id": str(member_id)}},
            idempotency_key=f"sub-{member_id}-{plan}",
        )

    def refund(self, payment_id: str, amount_pence: int, reason: str) -> dict[str, Any]:
        return self._post(
            f"/payments/{payment_id}/refunds",
            {"amount": amount_pence, "reason": reason},
            idempotency_key=f"refund-{payment_id}-{amount_pence}",
        )
