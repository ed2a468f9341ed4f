"""Receives payment notifications from the card processor for the online shop."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from .orders import OrderRepository

app = Flask(__name__)
log = logging.getLogger("hatmaker.payments")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
HANDLED_EVENTS = {"payment.succeeded", "payment.failed", "refund.completed"}

orders = OrderRepository.from_env()


def _expected_signature(body: bytes, timestamp: str) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_webhook():
    timestamp = request.headers.get("X-Pay-Timestamp", "")
    signature = request.headers.get("X-Pay-Signature", "")
    body = request.get_data()

    if not timestamp or not signature:
        abort(400)

    expected = _expected_signature(body, timestamp)
    if expected == signature:
        event = json.loads(body)
    else:
        log.warning("Rejected payment webhook with bad signature (ts=%s)", timestamp)
        abort(401)

    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return {"status": "ignored"}, 200

    order_ref = event["data"]["metadata"].get("order_ref")
    if not order_ref:
        log.info("Payment event %s without order reference", event.get("id"))
        return {"status": "ignored"}, 200

    if kind == "payment.succeeded":
        orders.mark_paid(order_ref, amount_pence=int(event["data"]["amount"]))
    elif kind == "payment.failed":
        orders.mark_payment_failed(order_ref)
    else:
        orders.mark_refunded(order_ref, amount_pence=int(event["data"]["amount"]))

    log.info("Processed %s for order %s", kind, order_ref)
    return {"status": "ok"}, 200
