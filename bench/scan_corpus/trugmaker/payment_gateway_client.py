"""Thin client for the card payment gateway used by the trug shop.

Creates payment intents at checkout, captures them once the trug has
been made (made-to-order items are only charged at dispatch) and issues
refunds for cancelled engravings.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("trug.payments.gateway")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ.get("PAYMENT_API_URL", "https://api.payments.example.com/v1"),
            secret_key=os.environ["PAYMENT_SECRET_KEY"],
        )


class GatewayError(RuntimeError):
    pass


class PaymentGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._session = requests.Session()

    @property
    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.secret_key}",
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        headers = {**self._headers, "Idempotency-Key": idempotency_key}
        resp = self._session.post(
            self._config.base_url + path, json=payload, headers=headers, timeout=self._config.timeout
        )
        if resp.status_code >= 400:
            logger.error("gateway call %s failed: status=%s headers=%s", path, resp.status_code, headers)
            raise GatewayError(f"{path} returned {resp.status_code}")
        return resp.json()

    def create_intent(self, order_ref: str, amount_pence: int, currency: str = "GBP") -> dict:
        return self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": currency.lower(),
                "capture_method": "manual",
                "metadata": {"order_ref": order_ref},
            },
            idempotency_key=f"intent-{order_ref}",
        )

    def capture(self, intent_id: str, order_ref: str) -> dict:
        return self._post(f"/payment_intents/{intent_id}/capture", {}, idempotency_key=f"capture-{order_ref}")

    def refund(self, intent_id: str, amount_pence: int, reason: str) -> dict:
        return self._post(
            "/refunds",
            {"payment_intent": intent_id, "amount": amount_pence, "reason": reason},
            idempotency_key=f"refund-{intent_id}-{amount_pence}",
        )
