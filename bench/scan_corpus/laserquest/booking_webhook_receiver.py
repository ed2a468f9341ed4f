"""Handles payment-provider webhooks that confirm or fail party booking deposits."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger("laserquest.webhooks")
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])

SIGNING_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_S = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _signature_valid(payload: bytes, header: str) -> bool:
    try:
        timestamp, signatures = _parse_signature_header(header)
    except ValueError:
        return False
    if abs(time.time() - timestamp) > TOLERANCE_S:
        return False
    signed = f"{timestamp}.".encode("ascii") + payload
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in signatures)


@bp.post("/webhooks/payments")
def payment_event():
    payload = request.get_data()
    if not _signature_valid(payload, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = json.loads(payload)
    booking_id = event["data"]["object"]["metadata"].get("booking_id")
    if event["type"] == "charge.succeeded":
        status = "confirmed"
    elif event["type"] == "charge.failed":
        status = "deposit_failed"
    else:
        return jsonify({"ignored": event["type"]})
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE party_bookings SET status = :s WHERE id = :id"),
            {"s": status, "id": int(booking_id)},
        )
    log.info("booking %s marked %s from event %s", booking_id, status, event["id"])
    return jsonify({"booking": booking_id, "status": status})
