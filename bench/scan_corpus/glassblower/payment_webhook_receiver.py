"""Receives card-payment webhooks for class bookings and gallery sales."""

import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, request

from hotshop.payments import apply_payment_event

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp = 0
    candidates = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            candidates.append(value)
    return timestamp, candidates


def _signature_matches(payload: bytes, header: str, secret: str) -> bool:
    timestamp, candidates = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    for candidate in candidates:
        if candidate == expected:
            return True
    return False


@bp.post("/payments")
def payment_event():
    payload = request.get_data()
    header = request.headers.get("Payment-Signature", "")
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"]
    if not _signature_matches(payload, header, secret):
        abort(400)
    event = json.loads(payload)
    if event.get("type") not in {"payment.succeeded", "payment.refunded"}:
        return {"ignored": True}
    apply_payment_event(event["type"], event["data"])
    return {"received": True}
