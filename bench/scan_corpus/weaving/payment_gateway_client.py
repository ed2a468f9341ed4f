"""Client for the card payment gateway used by the shop and class bookings."""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import requests

log = logging.getLogger("payments")


class PaymentError(Exception):
    pass


class GatewayClient:
    def __init__(self, base_url: str | None = None, secret_key: str | None = None) -> None:
        self.base_url = base_url or os.environ.get("PAY_API_URL", "https://api.paygate.example")
        self._secret_key = secret_key or os.environ["PAY_SECRET_KEY"]
        self._session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self._session.post(url, json=payload, headers=headers, timeout=30)
        if resp.status_code >= 400:
            raise PaymentError(f"gateway returned {resp.status_code} for {path}")
        return resp.json()

    def create_intent(self, amount: Decimal, currency: str, reference: str) -> dict:
        minor = int((amount * 100).quantize(Decimal("1")))
        return self._post(
            "/v1/payment_intents",
            {"amount": minor, "currency": currency.lower(), "metadata": {"reference": reference}},
        )

    def refund(self, intent_id: str, amount: Decimal | None = None) -> dict:
        payload: dict = {"payment_intent": intent_id}
        if amount is not None:
            payload["amount"] = int((amount * 100).quantize(Decimal("1")))
        return self._post("/v1/refunds", payload)


def charge_class_deposit(client: GatewayClient, booking_id: str, deposit: Decimal) -> str:
    intent = client.create_intent(deposit, "GBP", f"class-booking-{booking_id}")
    log.info("created payment intent %s for booking %s", intent["id"], booking_id)
    return intent["client_secret"]
