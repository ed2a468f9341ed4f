"""Webhook for the card-payment provider used for tuning-contract invoices.

Parishes pay the annual tuning contract online; the provider notifies us
of settled payments with an HMAC-SHA256 signature over the raw body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("payments")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _mark_invoice_paid(invoice_no: str, amount_pence: int) -> None:
    log.info("invoice %s paid (%d pence)", invoice_no, amount_pence)


@app.post("/webhooks/payments")
def payment_webhook():
    timestamp = request.headers.get("X-Pay-Timestamp", "")
    signature = request.headers.get("X-Pay-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    body = request.get_data()
    if not hmac.compare_digest(signature, _expected_signature(timestamp, body)):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.settled":
        meta = event["data"].get("metadata", {})
        _mark_invoice_paid(meta["invoice_no"], int(event["data"]["amount"]))
    elif event.get("type") == "payment.failed":
        log.warning("payment failed for invoice %s", event["data"].get("metadata", {}).get("invoice_no"))
    return "", 204
