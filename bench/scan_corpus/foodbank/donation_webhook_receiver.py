"""Receive online donation notifications from the payment provider.

The provider signs each webhook body with HMAC-SHA256 using the shared
endpoint secret and sends ``t=<timestamp>,v1=<hexdigest>`` in a header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("donations.webhook")

ENDPOINT_SECRET = os.environ["DONATION_WEBHOOK_SECRET"].encode()
TOLERANCE_S = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(ENDPOINT_SECRET, signed, hashlib.sha256).hexdigest()


def _signatures_match(expected: str, provided: str) -> bool:
    return expected.lower() == provided.strip().lower()


def record_donation(event: dict) -> None:
    donation = event["data"]
    log.info(
        "donation %s amount=%s %s gift_aid=%s",
        donation["id"],
        donation["amount"],
        donation["currency"],
        donation.get("gift_aid", False),
    )


@app.post("/webhooks/donations")
def donations_webhook():
    header = request.headers.get("Donation-Signature", "")
    timestamp, provided = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_S:
        abort(400)
    body = request.get_data()
    if not _signatures_match(_expected_signature(timestamp, body), provided):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "donation.succeeded":
        record_donation(event)
    return {"received": True}
