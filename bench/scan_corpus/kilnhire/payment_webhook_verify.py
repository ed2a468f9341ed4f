"""Verifies payment provider webhooks for glaze shop orders and firing fees."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("payment_webhooks", __name__)

SIGNING_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_S = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify_signature(body: bytes, header: str) -> bool:
    timestamp, signatures = _parse_header(header)
    if not timestamp or abs(time.time() - timestamp) > TOLERANCE_S:
        return False
    signed = str(timestamp).encode("ascii") + b"." + body
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in signatures)


@bp.post("/hooks/payments")
def payment_hook():
    body = request.get_data()
    if not verify_signature(body, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = json.loads(body)
    from kilnhire.orders import mark_paid, mark_refunded

    if event.get("type") == "checkout.session.completed":
        mark_paid(event["data"]["object"]["metadata"]["order_id"])
    elif event.get("type") == "charge.refunded":
        mark_refunded(event["data"]["object"]["metadata"]["order_id"])
    return jsonify({"received": True})
