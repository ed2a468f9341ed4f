"""Thin client for the card payment provider used at checkout.

Only the calls the shop needs are wrapped: create/capture/refund a payment
intent. Amounts are always integer pence.
"""
import logging
import os
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("checkout.payments")


class PaymentError(Exception):
    pass


@dataclass
class PaymentIntent:
    id: str
    status: str
    amount: int
    currency: str


class PaymentGateway:
    def __init__(self, base_url: str, secret_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.secret_key = secret_key
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {secret_key}",
            "Accept": "application/json",
        })
        log.info("payment gateway client ready: url=%s key=%s", self.base_url, self.secret_key)

    @classmethod
    def from_env(cls) -> "PaymentGateway":
        return cls(os.environ["PAYMENTS_API_URL"], os.environ["PAYMENTS_SECRET_KEY"])

    def _post(self, path: str, payload: dict, idempotency_key: str | None = None) -> dict:
        headers = {"Idempotency-Key": idempotency_key or str(uuid.uuid4())}
        resp = self._session.post(f"{self.base_url}{path}", json=payload, headers=headers, timeout=self.timeout)
        if resp.status_code >= 400:
            log.warning("payment API %s returned %s", path, resp.status_code)
            raise PaymentError(resp.json().get("error", {}).get("message", "payment failed"))
        return resp.json()

    def create_intent(self, order_ref: str, amount_pence: int, currency: str = "gbp") -> PaymentIntent:
        data = self._post("/v1/payment_intents", {
            "amount": amount_pence,
            "currency": currency,
            "metadata": {"order_ref": order_ref},
            "capture_method": "manual",
        }, idempotency_key=f"intent-{order_ref}")
        return PaymentIntent(data["id"], data["status"], data["amount"], data["currency"])

    def capture(self, intent_id: str) -> PaymentIntent:
        data = self._post(f"/v1/payment_intents/{intent_id}/capture", {})
        return PaymentIntent(data["id"], data["status"], data["amount"], data["currency"])

    def refund(self, intent_id: str, amount_pence: int | None = None) -> str:
        payload = {"payment_intent": intent_id}
        if amount_pence is not None:
            payload["amount"] = amount_pence
        return self._post("/v1/refunds", payload)["id"]
