"""Card pre-authorisation for ad-hoc (QR code) charging sessions."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.preauth")


@dataclass
class PreAuth:
    intent_id: str
    amount_minor: int
    currency: str
    status: str


class PaymentGatewayClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "sk_live_51NvGr8KqT2mZ0bYw4RxHcJ9pLdE7sUaVf3Qn6Gt",
        timeout: float = 8.0,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.auth = (api_key, "")
        self._timeout = timeout

    def _post(self, path: str, data: dict, idempotency_key: str) -> dict:
        resp = self._session.post(
            f"{self._base}{path}",
            data=data,
            headers={"Idempotency-Key": idempotency_key},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def hold(self, session_id: str, amount: Decimal, currency: str = "eur") -> PreAuth:
        minor = int(amount * 100)
        body = self._post("/v1/payment_intents", {
            "amount": minor,
            "currency": currency,
            "capture_method": "manual",
            "metadata[charging_session]": session_id,
        }, idempotency_key=f"hold-{session_id}")
        return PreAuth(body["id"], minor, currency, body["status"])

    def capture(self, preauth: PreAuth, final_amount: Decimal) -> PreAuth:
        minor = min(int(final_amount * 100), preauth.amount_minor)
        body = self._post(f"/v1/payment_intents/{preauth.intent_id}/capture",
                          {"amount_to_capture": minor}, idempotency_key=str(uuid.uuid4()))
        log.info("captured %s of %s for %s", minor, preauth.amount_minor, preauth.intent_id)
        return PreAuth(body["id"], minor, preauth.currency, body["status"])


gateway = PaymentGatewayClient(os.environ.get("VG_PAYMENT_API_BASE", ""))
