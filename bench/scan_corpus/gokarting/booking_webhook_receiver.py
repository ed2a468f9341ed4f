"""Receives booking events from the online reservation platform.

The platform signs each webhook body with HMAC-SHA256 using a shared
secret and sends the hex digest in ``X-Booking-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["BOOKING_WEBHOOK_SECRET"].encode("utf-8")


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, supplied: str) -> bool:
    return expected_signature(body) == supplied.strip().lower()


def handle_created(event: dict, db) -> None:
    db.execute(
        "INSERT INTO bookings (external_id, session_slot, drivers, contact_email) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (external_id) DO NOTHING",
        (
            event["id"],
            event["slot"],
            int(event["drivers"]),
            event["contact"]["email"],
        ),
    )


def handle_cancelled(event: dict, db) -> None:
    db.execute(
        "UPDATE bookings SET status = 'cancelled' WHERE external_id = %s",
        (event["id"],),
    )


HANDLERS = {
    "booking.created": handle_created,
    "booking.cancelled": handle_cancelled,
}


@app.post("/webhooks/bookings")
def booking_webhook():
    body = request.get_data()
    supplied = request.headers.get("X-Booking-Signature", "")
    if not supplied or not signature_ok(body, supplied):
        abort(401)
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring booking event type %s", event.get("type"))
        return "", 204
    from .db import get_cursor

    with get_cursor() as cur:
        handler(event["data"], cur)
    return "", 204
