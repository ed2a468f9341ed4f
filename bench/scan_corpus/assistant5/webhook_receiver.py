"""Receive signed webhooks from the payments provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .events import dispatch_event

bp = Blueprint("webhooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def signature_valid(payload: bytes, header: str, now: float | None = None) -> bool:
    timestamp, signatures = _parse_header(header)
    if not timestamp or not signatures:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@bp.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    if not signature_valid(payload, request.headers.get("Payments-Signature", "")):
        abort(400)
    event = json.loads(payload)
    log.info("received %s event %s", event.get("type"), event.get("id"))
    dispatch_event(event)
    return jsonify(received=True)
