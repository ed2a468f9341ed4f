"""Receives payment-provider webhooks confirming party-package deposits."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("party_webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PARTY_PAY_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_webhook_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _parse_header(header_value: str) -> dict:
    parts = {}
    for item in header_value.split(","):
        key, sep, value = item.strip().partition("=")
        if sep:
            parts[key] = value
    return parts


def _signature_valid(header_value: str, body: bytes) -> bool:
    parts = _parse_header(header_value)
    timestamp, signature = parts.get("t"), parts.get("v1")
    if not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return signature == _expected_signature(timestamp, body)


@bp.post("/party-payments")
def party_payment():
    if not _signature_valid(request.headers.get("Pay-Signature", ""), request.get_data()):
        abort(400)
    event = request.get_json(silent=True) or {}
    if event.get("type") != "payment.succeeded":
        return jsonify(ignored=True)

    booking_ref = event.get("data", {}).get("metadata", {}).get("party_booking")
    amount = int(event.get("data", {}).get("amount", 0))
    if not booking_ref:
        abort(422)

    engine = current_app.extensions["db_engine"]
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE party_bookings SET deposit_paid = :amount, status = 'confirmed' "
                "WHERE reference = :ref AND status = 'pending'"
            ),
            {"amount": amount, "ref": booking_ref},
        )
    log.info("party booking %s deposit recorded (%d rows)", booking_ref, result.rowcount)
    return jsonify(ok=True)
