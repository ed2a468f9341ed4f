"""Receives signed event callbacks from the payment service provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .bookings import mark_paid, mark_payment_failed

bp = Blueprint("psp_events", __name__, url_prefix="/webhooks/payments")
log = logging.getLogger(__name__)

MAX_SKEW = 300


def _check_signature(raw_body: bytes, header: str) -> None:
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        timestamp, received = int(fields["t"]), fields["v1"]
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - timestamp) > MAX_SKEW:
        abort(400)
    secret = os.environ["PSP_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{timestamp}.".encode() + raw_body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        abort(401)


@bp.post("/events")
def payment_event():
    raw = request.get_data()
    _check_signature(raw, request.headers.get("PSP-Signature", ""))
    event = json.loads(raw)
    obj = event.get("data", {}).get("object", {})
    booking_ref = obj.get("metadata", {}).get("booking_ref")
    if event.get("type") == "payment_intent.succeeded":
        mark_paid(booking_ref, obj["id"], obj["amount_received"])
    elif event.get("type") == "payment_intent.payment_failed":
        mark_payment_failed(booking_ref, obj["id"])
    else:
        log.debug("Unhandled PSP event %s", event.get("type"))
    return jsonify(received=True)
