"""Receive booking events from the online booking platform (signed webhooks)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("booking.webhook")

TOLERANCE_S = 300
HANDLED_EVENTS = {"booking.created", "booking.cancelled", "booking.rescheduled"}


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["BOOKING_WEBHOOK_SECRET"].encode("utf-8"))

    def expected(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_S:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


verifier = SignatureVerifier.from_env()


def apply_event(event: dict) -> None:
    kind = event["type"]
    booking = event["data"]
    if kind == "booking.created":
        log.info("new booking %s for %s", booking["ref"], booking["flight_date"])
    elif kind == "booking.cancelled":
        log.info("booking %s cancelled", booking["ref"])
    elif kind == "booking.rescheduled":
        log.info("booking %s moved to %s", booking["ref"], booking["flight_date"])


@app.post("/hooks/bookings")
def booking_hook():
    body = request.get_data()
    timestamp = request.headers.get("X-Booking-Timestamp", "")
    signature = request.headers.get("X-Booking-Signature", "")
    if not verifier.valid(timestamp, body, signature):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify({"ignored": True}), 202
    apply_event(event)
    return jsonify({"ok": True})
