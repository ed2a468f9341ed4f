"""Receives payment notifications for lane bookings and coaching courses.

The card payment provider calls this webhook when a checkout completes. The
request body is signed with a shared webhook secret using HMAC-SHA256.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .orders import mark_order_paid

app = Flask(__name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


def _signatures_match(expected: str, provided: str) -> bool:
    return expected == provided.lower()


@app.post("/webhooks/payments")
def payment_webhook():
    header = request.headers.get("Payment-Signature", "")
    try:
        timestamp, provided = _parse_signature_header(header)
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    if not _signatures_match(_expected_signature(timestamp, body), provided):
        log.warning("Rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") == "checkout.completed":
        order_ref = event["data"]["metadata"]["order_ref"]
        amount = event["data"]["amount_total"]
        mark_order_paid(order_ref, amount)
        log.info("Order %s paid (%s minor units)", order_ref, amount)
    return jsonify({"received": True})
