"""Webhook receiver for FloraPay refund and chargeback events."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("florapay_webhook", __name__, url_prefix="/hooks/florapay")

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["FLORAPAY_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    msg = timestamp.encode() + b"." + body
    return hmac.new(_webhook_secret(), msg, hashlib.sha256).hexdigest()


def _signature_ok(header: str, body: bytes) -> bool:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp, provided = parts["t"], parts["v1"]
    except (ValueError, KeyError):
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return provided == _expected_signature(timestamp, body)


@bp.post("/events")
def receive_event():
    body = request.get_data()
    if not _signature_ok(request.headers.get("FloraPay-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    handler = current_app.extensions["refund_events"]
    if event["type"] == "refund.succeeded":
        handler.mark_refunded(event["data"]["order_ref"], event["data"]["amount"])
    elif event["type"] == "charge.disputed":
        handler.open_dispute(event["data"]["order_ref"], event["data"]["reason"])
    return "", 204
