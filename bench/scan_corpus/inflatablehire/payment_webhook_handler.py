"""Handles payment-succeeded callbacks from the card provider for deposits and balances."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

from bookings.ledger import record_payment

bp = Blueprint("payment_webhooks", __name__)
TOLERANCE_SECONDS = 300


class WebhookVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode()

    def _sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, sent = parts.get("t"), parts.get("v1")
        if not timestamp or not sent:
            return False
        if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), sent)


def verifier() -> WebhookVerifier:
    return WebhookVerifier(os.environ["PAYMENTS_WEBHOOK_SECRET"])


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not verifier().verify(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "payment_link.paid":
        ref = event["data"]["reference"]
        amount = event["data"]["amount"]
        current_app.logger.info("booking %s paid %.2f", ref, amount / 100)
        record_payment(ref, amount)
    return {"received": True}
