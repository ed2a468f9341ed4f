"""Thin wrapper around the deposit payment API with request tracing."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("payments.deposits")


@dataclass
class GatewayConfig:
    endpoint: str = field(default_factory=lambda: os.environ["DEPOSIT_GATEWAY_URL"])
    secret_key: str = field(default_factory=lambda: os.environ["DEPOSIT_GATEWAY_KEY"])
    timeout: float = 15.0


class DepositGateway:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _trace(self, method: str, url: str, headers: dict[str, str], body: dict) -> None:
        log.info("-> %s %s headers=%s body=%s", method, url, headers, body)

    def create_intent(self, order_ref: str, amount_pence: int, bride_email: str) -> dict:
        url = f"{self.config.endpoint}/payment_intents"
        body = {
            "amount": amount_pence,
            "currency": "gbp",
            "metadata": {"order_ref": order_ref},
            "receipt_email": bride_email,
        }
        headers = self._headers(idempotency_key=f"deposit-{order_ref}")
        self._trace("POST", url, headers, body)
        resp = self.session.post(url, json=body, headers=headers, timeout=self.config.timeout)
        log.info("<- %s %s", resp.status_code, resp.headers.get("Request-Id"))
        resp.raise_for_status()
        return resp.json()

    def refund(self, intent_id: str, amount_pence: int | None = None) -> dict:
        url = f"{self.config.endpoint}/refunds"
        body = {"payment_intent": intent_id}
        if amount_pence is not None:
            body["amount"] = amount_pence
        headers = self._headers(idempotency_key=f"refund-{intent_id}-{amount_pence}")
        self._trace("POST", url, headers, body)
        resp = self.session.post(url, json=body, headers=headers, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()
