"""Thin client for the card processor used by the farm shop checkout."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


class PaymentError(RuntimeError):
    pass


@dataclass(frozen=True)
class ProcessorConfig:
    base_url: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "ProcessorConfig":
        return cls(
            base_url=os.environ.get("PAYMENT_API_BASE", "https://api.payments.example.com/v2"),
            api_key=os.environ["PAYMENT_API_KEY"],
        )


class PaymentClient:
    def __init__(self, config: ProcessorConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {config.api_key}",
                "Content-Type": "application/json",
                "User-Agent": "lavenderfarm-shop/3.4",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._config.base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self._session.headers))
        resp = self._session.post(url, json=payload, timeout=self._config.timeout)
        if resp.status_code >= 400:
            raise PaymentError(f"processor returned {resp.status_code} for {path}")
        return resp.json()

    def create_intent(self, order_ref: str, amount_pence: int, email: str) -> dict:
        return self._post(
            "/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": email,
                "metadata": {"order_ref": order_ref},
            },
        )

    def refund(self, intent_id: str, amount_pence: int | None = None) -> dict:
        payload: dict = {"payment_intent": intent_id}
        if amount_pence is not None:
            payload["amount"] = amount_pence
        return self._post("/refunds", payload)
