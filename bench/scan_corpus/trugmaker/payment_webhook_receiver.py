"""Receives payment notifications from the card processor.

The processor signs each webhook body with HMAC-SHA256 using the shared
endpoint secret and sends the hex digest in the ``Payment-Signature``
header together with a timestamp.
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
log = logging.getLogger("trug.payments")

TOLERANCE_SECONDS = 300


def _endpoint_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(_endpoint_secret(), signed, hashlib.sha256).hexdigest()


def _mark_order_paid(order_ref: str, amount_pence: int, payment_id: str) -> None:
    db = app.extensions["orders_db"]
    db.execute(
        "UPDATE orders SET status = 'paid', paid_pence = ?, payment_id = ? WHERE ref = ?",
        (amount_pence, payment_id, order_ref),
    )
    db.commit()


@app.post("/webhooks/payments")
def payment_webhook():
    timestamp = request.headers.get("Payment-Timestamp", "")
    received = request.headers.get("Payment-Signature", "")
    body = request.get_data()

    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if received != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "payment.succeeded":
        data = event["data"]
        _mark_order_paid(data["metadata"]["order_ref"], data["amount"], data["id"])
        log.info("order %s paid", data["metadata"]["order_ref"])
    elif kind == "payment.failed":
        log.warning("payment failed for %s", event["data"]["metadata"].get("order_ref"))
    return {"received": True}
