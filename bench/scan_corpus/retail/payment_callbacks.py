"""Webhook endpoint for payment provider events (captures, refunds, disputes)."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from checkout.payments import apply_payment_event

bp = Blueprint("payment_callbacks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify(payload: bytes, header: str, secret: str) -> bool:
    try:
        timestamp, signatures = _parse_header(header)
    except ValueError:
        return False
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in signatures)


@bp.post("/webhooks/payments")
def payment_webhook():
    payload = request.get_data()
    header = request.headers.get("Payment-Signature", "")
    if not verify(payload, header, os.environ["PAYMENT_WEBHOOK_SECRET"]):
        abort(400)
    event = json.loads(payload)
    apply_payment_event(event["type"], event["data"]["object"])
    return "", 204
