"""Thin client for the card processor used to take deposits and final balances."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from typing import Any, Optional

import requests

log = logging.getLogger("cordwainer.payments.gateway")


@dataclass
class GatewayConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ.get("PAYMENT_API_URL", "https://api.stripe.com/v1"),
            api_key=os.environ["PAYMENT_API_KEY"],
        )


class PaymentGateway:
    def __init__(self, config: Optional[GatewayConfig] = None):
        self.config = config or GatewayConfig.from_env()
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "Idempotency-Key": idempotency_key,
        }

    def _post(self, path: str, data: dict[str, Any]) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s data=%s", url, headers, data)
        resp = self.session.post(url, data=data, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.warning("gateway error %s on %s: %s", resp.status_code, path, resp.text[:500])
        resp.raise_for_status()
        return resp.json()

    def create_deposit_intent(self, order_ref: str, amount_pence: int, email: str) -> dict:
        return self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": email,
                "metadata[order_ref]": order_ref,
                "metadata[kind]": "deposit",
            },
        )

    def refund(self, payment_intent_id: str, amount_pence: Optional[int] = None) -> dict:
        data: dict[str, Any] = {"payment_intent": payment_intent_id}
        if amount_pence is not None:
            data["amount"] = amount_pence
        return self._post("/refunds", data)
