"""Webhook receiver for premium collection events from the payment provider.

The provider sends ``t=<unix>,v1=<hex hmac>`` in Payment-Signature, where the
HMAC-SHA256 covers ``"{t}.{raw body}"``.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

from .billing import mark_premium_failed, mark_premium_paid

bp = Blueprint("payment_webhook", __name__)

TOLERANCE_S = 300
_secret = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    try:
        ts, sig = _parse_header(request.headers.get("Payment-Signature", ""))
    except ValueError:
        abort(400)
    if abs(time.time() - ts) > TOLERANCE_S:
        abort(400)
    expected = hmac.new(_secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(401)
    event = json.loads(body)
    if event["type"] == "charge.succeeded":
        mark_premium_paid(event["data"]["policy_id"], event["data"]["amount"])
    elif event["type"] == "charge.failed":
        mark_premium_failed(event["data"]["policy_id"], event["data"].get("failure_code"))
    return jsonify(received=True)
