"""Signed payment events from the card processor for bottle-shop orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from flask import Blueprint, abort, request

from .orders import mark_order_failed, mark_order_paid

bp = Blueprint("payment_events", __name__)


@dataclass(frozen=True)
class WebhookVerifier:
    secret: bytes
    tolerance_s: int = 300

    @classmethod
    def from_env(cls) -> "WebhookVerifier":
        return cls(secret=os.environ["SHOP_PAYMENT_WEBHOOK_SECRET"].encode())

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes) -> bool:
        fields = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, received = fields.get("t", ""), fields.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return hmac.compare_digest(received, self._sign(timestamp, body))


verifier = WebhookVerifier.from_env()


@bp.post("/shop/payment-events")
def payment_events():
    body = request.get_data()
    if not verifier.verify(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if kind == "payment.succeeded" and order_ref:
        mark_order_paid(order_ref, event["data"]["amount"])
    elif kind == "payment.failed" and order_ref:
        mark_order_failed(order_ref)
    return {"received": True}
