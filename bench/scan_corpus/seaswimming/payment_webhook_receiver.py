"""Receives membership payment notifications from the card processor.

The processor signs each webhook body with HMAC-SHA256 using a shared
secret and sends the hex digest in the ``X-Payments-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from membership.billing import mark_membership_paid, record_failed_payment

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payments_webhook():
    timestamp = request.headers.get("X-Payments-Timestamp", "")
    signature = request.headers.get("X-Payments-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)

    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        log.warning("Rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        mark_membership_paid(
            member_id=int(data["metadata"]["member_id"]),
            amount_pence=int(data["amount"]),
            reference=data["id"],
        )
    elif kind == "payment.failed":
        record_failed_payment(
            member_id=int(data["metadata"]["member_id"]),
            reason=data.get("failure_reason", "unknown"),
        )
    else:
        log.info("Ignoring payment event type %s", kind)
    return "", 204
