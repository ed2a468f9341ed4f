"""Webhook receiver for subscription billing events (plan changes, dunning)."""

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from .subscriptions import apply_billing_event

bp = Blueprint("billing_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int | None, list[str]]:
    timestamp, signatures = None, []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _expected_signature(timestamp: int, payload: bytes) -> str:
    secret = os.environ["BILLING_WEBHOOK_SECRET"].encode()
    signed = str(timestamp).encode() + b"." + payload
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/billing")
def billing_event():
    timestamp, signatures = _parse_signature_header(request.headers.get("Billing-Signature", ""))
    if timestamp is None or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    payload = request.get_data()
    if _expected_signature(timestamp, payload) not in signatures:
        abort(400)

    event = json.loads(payload)
    if event.get("type") in {"subscription.updated", "invoice.payment_failed", "invoice.paid"}:
        apply_billing_event(event)
    return "", 204
