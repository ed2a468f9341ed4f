"""Webhook handler for online invoice payments.

Landowners can pay fencing and hedgelaying invoices by card. The payment
provider signs each event body with HMAC-SHA256 and a timestamp; events
older than five minutes are refused to stop replays.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from invoices import mark_invoice_paid

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

TOLERANCE_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode() + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def check(self, header: str, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, signature = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


checker = SignatureChecker(os.environ["PAYMENTS_WEBHOOK_SECRET"].encode())


@app.post("/webhooks/invoice-payments")
def invoice_payment():
    body = request.get_data()
    if not checker.check(request.headers.get("Pay-Signature", ""), body):
        log.warning("invoice webhook signature check failed")
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"ignored": event.get("type")}

    data = event["data"]
    mark_invoice_paid(
        invoice_number=data["metadata"]["invoice_number"],
        amount_pence=int(data["amount"]),
        provider_ref=data["id"],
    )
    return {"ok": True}
