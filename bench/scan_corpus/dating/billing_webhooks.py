"""Webhook receiver for the payments provider (subscription lifecycle)."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from .subscriptions import apply_subscription_event

bp = Blueprint("billing_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _signature_valid(payload: bytes, header: str, secret: str) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not signatures or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return expected in signatures


@bp.post("/webhooks/billing")
def billing_webhook():
    payload = request.get_data()
    secret = os.environ["BILLING_WEBHOOK_SECRET"]
    if not _signature_valid(payload, request.headers.get("Billing-Signature", ""), secret):
        abort(400)

    event = json.loads(payload)
    if event.get("type", "").startswith("customer.subscription."):
        apply_subscription_event(event["type"], event["data"]["object"])
    return "", 204
