"""Receives deposit-paid notifications from the card payment provider."""
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
log = logging.getLogger("deposit_webhook")

WEBHOOK_SECRET = os.environ["DEPOSIT_WEBHOOK_SECRET"].encode()
DATABASE_URL = os.environ["DATABASE_URL"]
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, payload: bytes) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def verify(payload: bytes, header: str) -> bool:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    if received != _expected_signature(timestamp, payload):
        return False
    return True


@app.post("/webhooks/deposits")
def deposit_webhook():
    payload = request.get_data()
    if not verify(payload, request.headers.get("Pay-Signature", "")):
        log.warning("rejected deposit webhook from %s", request.remote_addr)
        abort(400)

    event = json.loads(payload)
    if event.get("type") != "payment_intent.succeeded":
        return {"ignored": event.get("type")}, 200

    data = event["data"]["object"]
    booking_ref = data["metadata"]["booking_ref"]
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "UPDATE bookings SET deposit_paid = true, deposit_paid_at = now(), "
            "deposit_provider_ref = %s WHERE reference = %s AND deposit_paid = false",
            (data["id"], booking_ref),
        )
    log.info("deposit recorded for booking %s", booking_ref)
    return {"ok": True}, 200
