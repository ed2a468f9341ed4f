"""Webhook receiver for recurring payments on subscription boxes.

The billing provider posts renewal and failure events; each request carries
a timestamped HMAC signature header `t=<unix>,v1=<hex>`.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SIGNING_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()
TOLERANCE_S = 300


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def signature_ok(body: bytes, header: str, now: float | None = None) -> bool:
    try:
        timestamp, supplied = _parse_header(header)
    except ValueError:
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_S:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, supplied)


def _apply_event(event: dict) -> str:
    kind = event.get("type", "")
    if kind == "invoice.paid":
        return f"renewed {event['data']['subscription']}"
    if kind == "invoice.payment_failed":
        return f"paused {event['data']['subscription']}"
    return "ignored"


@app.post("/webhooks/billing")
def billing_webhook():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("Billing-Signature", "")):
        abort(400)
    outcome = _apply_event(json.loads(body))
    return jsonify({"outcome": outcome})
