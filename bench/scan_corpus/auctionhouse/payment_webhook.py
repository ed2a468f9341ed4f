"""Receives payment notifications for buyer invoices from the card processor."""

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("payment_webhook", __name__, url_prefix="/hooks/payments")

SIGNATURE_HEADER = "X-Processor-Signature"
TIMESTAMP_HEADER = "X-Processor-Timestamp"
TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(_signing_secret(), message, hashlib.sha256).hexdigest()


@bp.post("/events")
def payment_event():
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if not hmac.compare_digest(supplied, _expected_signature(timestamp, request.get_data())):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") == "payment.succeeded":
        invoices = current_app.extensions["invoices"]
        invoices.mark_paid(invoice_number=event["data"]["invoice_number"], amount=event["data"]["amount"])
    return jsonify({"received": True})
