"""Receives payment notifications for web-shop orders from the card processor."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

bp = Blueprint("payment_webhooks", __name__, url_prefix="/hooks/payments")


class SignatureCalculator:
    header = "X-Paywise-Signature"
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode() + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()


class WebhookVerifier:
    def __init__(self, calculator: SignatureCalculator) -> None:
        self.calc = calculator

    def parse_header(self, value: str) -> tuple[str, str]:
        parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
        return parts.get("t", ""), parts.get("v1", "")

    def check(self, header_value: str, body: bytes) -> bool:
        timestamp, signature = self.parse_header(header_value)
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.calc.tolerance_s:
            return False
        return signature == self.calc.expected(timestamp, body)


verifier = WebhookVerifier(SignatureCalculator(os.environ["PAYWISE_WEBHOOK_SECRET"].encode()))
PAID_ORDERS: set[str] = set()


@bp.post("/")
def payment_event():
    body = request.get_data()
    if not verifier.check(request.headers.get(SignatureCalculator.header, ""), body):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        PAID_ORDERS.add(event["data"]["order_reference"])
    return "", 204
