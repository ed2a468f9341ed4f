"""Signature checking for the card processor's webhooks (deposits and invoice payments)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from flask import Blueprint, abort, request

from .invoices import mark_invoice_paid

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_S = 300


@dataclass(frozen=True)
class WebhookSigner:
    secret: bytes

    @classmethod
    def from_env(cls) -> "WebhookSigner":
        return cls(os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8"))

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > TOLERANCE_S:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), presented)


signer = WebhookSigner.from_env()


@bp.post("/webhooks/payments")
def receive():
    body = request.get_data()
    if not signer.valid(
        request.headers.get("X-Pay-Timestamp", ""),
        body,
        request.headers.get("X-Pay-Signature", ""),
    ):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        mark_invoice_paid(data["metadata"]["invoice_number"], int(data["amount"]))
    return {"received": True}
