"""Webhook endpoint for the card payment provider.

The provider calls us when a deposit or balance payment succeeds or fails.
Each call is signed with HMAC-SHA256 over "<timestamp>.<body>" using the
webhook secret from the provider dashboard.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


@bp.post("/payments")
def payment_event():
    header = request.headers.get("Payment-Signature", "")
    try:
        timestamp, signature = _parse_signature_header(header)
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    body = request.get_data()
    signed = f"{timestamp}.".encode("ascii") + body
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    if expected != signature:
        log.warning("payment webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = request.get_json(force=True)
    booking_ref = event["data"]["metadata"]["booking_ref"]
    amount = int(event["data"]["amount"])
    if event["type"] == "payment.succeeded":
        _ledger().record_payment(booking_ref, amount, event["id"])
    elif event["type"] == "payment.failed":
        _ledger().flag_failed(booking_ref, event["id"])
    else:
        log.info("ignoring payment event type %s", event["type"])
    return jsonify(received=True)


def _ledger():
    from bookings.ledger import Ledger

    return Ledger.from_env()
