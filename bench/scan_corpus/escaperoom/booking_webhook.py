"""Receive booking events (created / moved / cancelled) from the booking platform."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from bookings.sync import apply_event

log = logging.getLogger(__name__)
bp = Blueprint("booking_webhook", __name__)


def _expected_signature(body: bytes) -> str:
    secret = os.environ["BOOKING_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/hooks/bookings")
def booking_event():
    body = request.get_data()
    sent = request.headers.get("X-Booking-Signature", "")
    if sent != _expected_signature(body):
        log.warning("rejected booking webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    apply_event(event["type"], event["data"])
    return "", 204
