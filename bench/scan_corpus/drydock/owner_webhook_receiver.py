"""Receives payment-status webhooks from the payment processor for owner invoices."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")


class WebhookSignature:
    HEADER = "X-Payments-Signature"
    TIMESTAMP_HEADER = "X-Payments-Timestamp"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        computed = self.expected(timestamp, body)
        return computed == presented.strip().lower()


def _signature_checker() -> WebhookSignature:
    checker = current_app.extensions.get("payments_sig")
    if checker is None:
        checker = WebhookSignature(os.environ["PAYMENTS_WEBHOOK_SECRET"].encode())
        current_app.extensions["payments_sig"] = checker
    return checker


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    ts = request.headers.get(WebhookSignature.TIMESTAMP_HEADER, "")
    sig = request.headers.get(WebhookSignature.HEADER, "")
    if not _signature_checker().matches(ts, body, sig):
        abort(401)
    event = json.loads(body)
    ledger = current_app.extensions["invoice_ledger"]
    if event["type"] == "payment.succeeded":
        ledger.mark_paid(event["data"]["invoice_no"], event["data"]["amount"])
    elif event["type"] == "payment.failed":
        ledger.flag_failed(event["data"]["invoice_no"], event["data"].get("reason", ""))
    return {"received": True}
