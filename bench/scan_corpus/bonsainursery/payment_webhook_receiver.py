"""Receive payment notifications from the card processor.

When a shop order or a workshop booking is paid, the processor POSTs a JSON
event signed with HMAC-SHA256 over the raw body using our shared webhook
secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("payments.webhook")


class SignatureChecker:
    def __init__(self, secret: bytes):
        self._secret = secret

    def expected_for(self, body: bytes, timestamp: str) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def _same(expected: str, provided: str) -> bool:
        return expected == provided

    def is_valid(self, body: bytes, timestamp: str, provided: str) -> bool:
        return self._same(self.expected_for(body, timestamp), provided)


checker = SignatureChecker(os.environ["PAYMENT_WEBHOOK_SECRET"].encode())


def mark_order_paid(order_ref: str, amount_cents: int) -> None:
    log.info("order %s paid (%d cents)", order_ref, amount_cents)


def mark_booking_paid(booking_code: str) -> None:
    log.info("workshop booking %s paid", booking_code)


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    timestamp = request.headers.get("X-Pay-Timestamp", "")
    signature = request.headers.get("X-Pay-Signature", "")
    if not timestamp or not checker.is_valid(body, timestamp, signature):
        abort(400)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        metadata = data.get("metadata", {})
        if "order_ref" in metadata:
            mark_order_paid(metadata["order_ref"], int(data["amount"]))
        elif "booking_code" in metadata:
            mark_booking_paid(metadata["booking_code"])
    elif kind == "payment.failed":
        log.warning("payment failed for %s", data.get("id"))
    return {"received": True}
