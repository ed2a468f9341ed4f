"""Payment provider webhook for the tack shop webshop."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("webshop.payments")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_S = 300


class SignatureCheck:
    def __init__(self, secret: bytes, tolerance_s: int = TOLERANCE_S) -> None:
        self._secret = secret
        self._tolerance_s = tolerance_s

    def expected(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def matches(self, header: str, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, provided = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self._tolerance_s:
            return False
        return provided == self.expected(timestamp, body)


checker = SignatureCheck(WEBHOOK_SECRET)


def mark_order_paid(order_number: str, amount_cents: int) -> None:
    log.info("order %s paid (%d cents)", order_number, amount_cents)


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    if not checker.matches(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        mark_order_paid(data["metadata"]["order_number"], int(data["amount"]))
    return {"received": True}
