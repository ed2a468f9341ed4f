"""Webhook receiver for booking deposit payments.

The payment provider calls this endpoint when a client pays the deposit for
a laser session; the booking is then moved from pending to confirmed.
The provider signs the raw body with HMAC-SHA256 over "<timestamp>.<body>".
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

import psycopg
from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("deposits.webhook")

WEBHOOK_SECRET = os.environ["DEPOSIT_WEBHOOK_SECRET"].encode("utf-8")
DATABASE_URL = os.environ["BOOKING_DATABASE_URL"]
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


@app.post("/webhooks/deposits")
def deposit_webhook():
    raw = request.get_data()
    try:
        timestamp, signature = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    signed_payload = f"{timestamp}.".encode("ascii") + raw
    expected = hmac.new(WEBHOOK_SECRET, signed_payload, hashlib.sha256).hexdigest()
    if expected != signature:
        abort(401)

    event = json.loads(raw)
    if event.get("type") != "payment_intent.succeeded":
        return "", 204

    intent = event["data"]["object"]
    booking_id = int(intent["metadata"]["booking_id"])
    amount = int(intent["amount_received"])
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "UPDATE bookings SET status = 'confirmed', deposit_pence = %s, deposit_ref = %s "
            "WHERE id = %s AND status = 'pending_deposit'",
            (amount, intent["id"], booking_id),
        )
    log.info("deposit received for booking %s (%s pence)", booking_id, amount)
    return "", 204
