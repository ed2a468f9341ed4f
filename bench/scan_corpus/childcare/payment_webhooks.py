"""Webhook receiver for card-payment events from the payment processor.

The processor signs every delivery with HMAC-SHA256 over
``<timestamp>.<raw body>`` and sends it as ``t=<ts>,v1=<hex>``.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .billing import mark_invoice_paid, record_failed_payment

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks/payments")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        abort(400)


def _expected_signature(timestamp: int, body: bytes) -> str:
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@bp.post("/")
def receive():
    body = request.get_data()
    timestamp, signature = _parse_header(request.headers.get("Payment-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    if _expected_signature(timestamp, body) != signature:
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        mark_invoice_paid(data["invoice_no"], data["amount"], data["id"])
    elif kind == "payment.failed":
        record_failed_payment(data["invoice_no"], data.get("failure_reason"))
    else:
        current_app.logger.debug("ignoring event type %s", kind)
    return jsonify(received=True)
