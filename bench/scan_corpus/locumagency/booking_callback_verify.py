"""Receive booking confirmations pushed by a hospital trust's e-rostering system.

The trust signs ``timestamp + "." + body`` with HMAC-SHA256 and sends
``t=<timestamp>,v1=<hex>`` in the ``Roster-Signature`` header.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def signature_valid(secret: bytes, header: str, body: bytes, now: float | None = None) -> bool:
    try:
        timestamp, provided = _parse_header(header)
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = str(timestamp).encode("ascii") + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/callbacks/roster/<trust_code>")
def roster_callback(trust_code: str):
    secret = os.environ.get(f"ROSTER_SECRET_{trust_code.upper()}")
    if secret is None:
        abort(404)
    body = request.get_data(cache=False)
    if not signature_valid(secret.encode("utf-8"), request.headers.get("Roster-Signature", ""), body):
        abort(401)

    event = json.loads(body)
    if event.get("type") == "booking.confirmed":
        from bookings.service import BookingService

        BookingService.from_env().confirm(
            trust_code=trust_code.upper(),
            external_ref=event["booking_ref"],
            clinician_registration=event["clinician"]["registration_number"],
        )
        return jsonify({"status": "confirmed"})
    if event.get("type") == "booking.cancelled":
        from bookings.service import BookingService

        BookingService.from_env().cancel_external(trust_code.upper(), event["booking_ref"])
        return jsonify({"status": "cancelled"})
    return jsonify({"status": "ignored"}), 202
