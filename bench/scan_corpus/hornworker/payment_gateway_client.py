"""Thin client for the card payment gateway used by the web shop."""
import logging
import uuid
from decimal import Decimal

import httpx

from hornworker.settings import PAYMENTS

log = logging.getLogger("hornworker.payments")


class GatewayError(Exception):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str = PAYMENTS["base_url"], secret_key: str = PAYMENTS["secret_key"]):
        self.base_url = base_url.rstrip("/")
        self.secret_key = secret_key
        self.http = httpx.Client(timeout=20.0)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("gateway request POST %s headers=%s", url, headers)
        resp = self.http.post(url, json=payload, headers=headers)
        if resp.status_code >= 400:
            raise GatewayError(f"{resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def create_intent(self, order_ref: str, amount: Decimal, currency: str = "gbp") -> dict:
        return self._post(
            "/v1/payment_intents",
            {
                "amount": int(amount * 100),
                "currency": currency,
                "metadata": {"order_ref": order_ref},
            },
        )

    def refund(self, intent_id: str, amount: Decimal | None = None) -> dict:
        payload = {"payment_intent": intent_id}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        return self._post("/v1/refunds", payload)
