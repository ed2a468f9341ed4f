"""Verifies and dispatches payment webhooks for class bookings and shop orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)

TOLERANCE_SECONDS = 300
HANDLED_EVENTS = {"payment.succeeded", "payment.failed", "refund.created"}


class SignatureChecker:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def _compute(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def check(self, header: str, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, signature = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(signature, self._compute(timestamp, body))


checker = SignatureChecker(os.environ["PAYMENT_WEBHOOK_SECRET"])


def mark_booking_paid(reference: str) -> None:
    print(f"booking {reference} paid")


@app.post("/webhooks/payments")
def payments_webhook():
    body = request.get_data()
    if not checker.check(request.headers.get("Pay-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return "", 204
    if event["type"] == "payment.succeeded":
        mark_booking_paid(event["data"]["metadata"]["reference"])
    return "", 204
