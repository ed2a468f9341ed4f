"""Webhook receiver for payment provider events (one-off and recurring gifts)."""

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from donations.events import handle_payment_event

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, payload: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + payload
    return hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def receive():
    payload = request.get_data()
    timestamp, signature = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    if signature != _expected_signature(timestamp, payload):
        abort(401)

    event = json.loads(payload)
    if event.get("type") in ("payment.succeeded", "mandate.cancelled", "subscription.renewed"):
        handle_payment_event(event)
    return "", 204
