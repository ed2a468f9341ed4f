"""Receives payment notifications for bottle-shop orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from .orders import mark_order_paid, mark_order_failed

log = logging.getLogger(__name__)
app = Flask(__name__)

WEBHOOK_SECRET = os.environ["SHOP_PAYMENT_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, payload: bytes) -> str:
    message = timestamp.encode() + b"." + payload
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def _signature_matches(header: str, payload: bytes) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    timestamp = parts.get("t", "")
    received = parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    return received == _expected_signature(timestamp, payload)


@app.post("/shop/webhooks/payments")
def payment_webhook():
    payload = request.get_data()
    if not _signature_matches(request.headers.get("Payment-Signature", ""), payload):
        abort(400)
    event = json.loads(payload)
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if not order_ref:
        return {"ignored": True}
    if event.get("type") == "payment.succeeded":
        mark_order_paid(order_ref, event["data"]["amount"])
        log.info("order %s paid", order_ref)
    elif event.get("type") == "payment.failed":
        mark_order_failed(order_ref)
        log.info("order %s payment failed", order_ref)
    return {"received": True}
