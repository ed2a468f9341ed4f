"""Receive payment events for camp bookings from the card processor."""

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from bookings.payments import apply_payment_event

bp = Blueprint("card_webhooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["CARD_WEBHOOK_SECRET"].encode()


def _parse_header(header: str) -> tuple[str, list[str]]:
    parts = [p.split("=", 1) for p in header.split(",") if "=" in p]
    ts = next((v for k, v in parts if k == "t"), "")
    sigs = [v for k, v in parts if k == "v1"]
    return ts, sigs


@bp.post("/webhooks/card")
def card_webhook():
    payload = request.get_data()
    ts, sigs = _parse_header(request.headers.get("Stripe-Signature", ""))
    if not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE_SECONDS:
        abort(400)

    expected = hmac.new(_signing_secret(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in sigs):
        log.warning("Card webhook signature mismatch")
        abort(400)

    event = json.loads(payload)
    if event["type"] == "payment_intent.succeeded":
        apply_payment_event(event["data"]["object"])
    return "", 204
