"""Payment provider webhooks for bottle-your-own session bookings.

The provider signs each callback with a shared secret; the header carries
a timestamp and a hex HMAC-SHA256 over ``timestamp.body``.
"""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, request

from byo.bookings import mark_paid, mark_payment_failed

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict[str, str]:
    pairs = (part.split("=", 1) for part in header.split(",") if "=" in part)
    return {k.strip(): v.strip() for k, v in pairs}


def _expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payment_webhook():
    parts = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    timestamp = parts.get("t", "0")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    expected = _expected_signature(current_app.config["PAYMENT_WEBHOOK_SECRET"], timestamp, body)
    if parts.get("v1") != expected:
        abort(400)
    event = json.loads(body)
    booking_ref = event["data"]["metadata"]["booking_ref"]
    if event["type"] == "payment.succeeded":
        mark_paid(booking_ref, event["data"]["id"])
    elif event["type"] == "payment.failed":
        mark_payment_failed(booking_ref)
    return "", 204
