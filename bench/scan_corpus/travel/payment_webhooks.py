"""Webhook receiver for payment service provider events."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .bookings import mark_paid, mark_payment_failed, record_refund

bp = Blueprint("psp_webhooks", __name__, url_prefix="/webhooks/psp")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PSP_WEBHOOK_SECRET"].encode()


def _verify(raw_body: bytes, header: str) -> None:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp, signature = int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    signed = f"{timestamp}.".encode() + raw_body
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    if expected != signature:
        abort(401)


@bp.post("/events")
def receive_event():
    raw = request.get_data()
    _verify(raw, request.headers.get("PSP-Signature", ""))
    event = json.loads(raw)
    kind = event.get("type")
    obj = event.get("data", {}).get("object", {})
    booking_ref = obj.get("metadata", {}).get("booking_ref")
    if kind == "payment_intent.succeeded":
        mark_paid(booking_ref, obj["id"], obj["amount_received"])
    elif kind == "payment_intent.payment_failed":
        mark_payment_failed(booking_ref, obj["id"])
    elif kind == "charge.refunded":
        record_refund(booking_ref, obj["id"], obj["amount_refunded"])
    else:
        log.debug("Ignoring PSP event type %s", kind)
    return jsonify(received=True)
