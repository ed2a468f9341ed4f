"""Blueprint receiving payment-provider events for e-shop orders and club renewals."""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .orders import mark_order_paid, mark_renewal_failed

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict[str, str]:
    parts = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key and value:
            parts[key] = value
    return parts


def _expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payment_event():
    parts = _parse_signature_header(request.headers.get("Pay-Signature", ""))
    timestamp, provided = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    expected = _expected_signature(current_app.config["PAYMENT_WEBHOOK_SECRET"],
                                   timestamp, request.get_data())
    if provided != expected:
        abort(400)

    event = json.loads(request.get_data())
    if event["type"] == "payment_intent.succeeded":
        mark_order_paid(event["data"]["object"]["metadata"]["order_id"])
    elif event["type"] == "invoice.payment_failed":
        mark_renewal_failed(event["data"]["object"]["customer"])
    return jsonify(received=True)
