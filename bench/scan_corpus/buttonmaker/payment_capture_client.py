"""Capture card payments for sample-pack and small wholesale orders."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments")


@dataclass
class CaptureResult:
    payment_id: str
    status: str
    amount: Decimal


class PaymentGatewayClient:
    def __init__(self, base_url: str | None = None, secret_key: str | None = None):
        self.base_url = (base_url or os.environ["PAYMENT_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {secret_key or os.environ['PAYMENT_SECRET_KEY']}",
            "Content-Type": "application/json",
        })

    def capture(self, payment_id: str, amount: Decimal, order_ref: str) -> CaptureResult:
        resp = self.session.post(
            f"{self.base_url}/v1/payments/{payment_id}/capture",
            json={"amount": str(amount), "currency": "EUR", "reference": order_ref},
            timeout=15,
        )
        if resp.status_code >= 400:
            log.error(
                "capture failed for %s (%s): status=%s headers=%s body=%s",
                order_ref, payment_id, resp.status_code, dict(self.session.headers), resp.text[:500],
            )
            resp.raise_for_status()
        data = resp.json()
        log.info("captured %s for order %s", data["amount"], order_ref)
        return CaptureResult(data["id"], data["status"], Decimal(data["amount"]))

    def refund(self, payment_id: str, amount: Decimal, reason: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/v1/payments/{payment_id}/refunds",
            json={"amount": str(amount), "reason": reason},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["id"]
