"""Verify signed callbacks from the payment service provider (charging session payments)."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("psp_webhooks", __name__, url_prefix="/webhooks/psp")

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _expected_signature(secret: bytes, timestamp: int, payload: bytes) -> str:
    signed = str(timestamp).encode() + b"." + payload
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def verify_request(secret: bytes, header: str, payload: bytes, now: float | None = None) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not timestamp or abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = _expected_signature(secret, timestamp, payload)
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@bp.post("/events")
def psp_event():
    secret = os.environ["VG_PSP_WEBHOOK_SECRET"].encode()
    if not verify_request(secret, request.headers.get("Psp-Signature", ""), request.get_data()):
        abort(400)
    event = request.get_json()
    if event["type"] == "payment_intent.succeeded":
        current_app.extensions["settlement"].mark_paid(event["data"]["object"]["metadata"])
    return jsonify({"received": True})
