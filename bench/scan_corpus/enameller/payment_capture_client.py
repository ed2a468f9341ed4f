"""Captures card payments for badge orders once the customer has approved the proof."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("enameller.payments")

API_BASE = "https://api.paymentsprovider.example/v2"
TIMEOUT = (5, 20)


@dataclass
class CaptureResult:
    order_ref: str
    capture_id: str
    amount: Decimal
    status: str


class PaymentCaptureClient:
    def __init__(self, secret_key: str | None = None):
        self.secret_key = secret_key or os.environ["PAYMENTS_SECRET_KEY"]
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, body: dict, idempotency_key: str) -> dict:
        url = f"{API_BASE}{path}"
        headers = self._headers(idempotency_key)
        log.debug("POST %s headers=%s body=%s", url, headers, body)
        resp = self.session.post(url, json=body, headers=headers, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def capture(self, order_ref: str, authorisation_id: str, amount: Decimal) -> CaptureResult:
        pence = int((amount * 100).quantize(Decimal("1")))
        data = self._post(
            f"/authorisations/{authorisation_id}/capture",
            {"amount": pence, "currency": "GBP", "reference": order_ref},
            idempotency_key=f"capture-{order_ref}",
        )
        log.info("captured %s for order %s (%s)", amount, order_ref, data["status"])
        return CaptureResult(order_ref, data["id"], amount, data["status"])

    def refund(self, capture_id: str, amount: Decimal, reason: str) -> str:
        pence = int((amount * 100).quantize(Decimal("1")))
        data = self._post(
            f"/captures/{capture_id}/refunds",
            {"amount": pence, "reason": reason},
            idempotency_key=f"refund-{capture_id}-{pence}",
        )
        return data["id"]
