"""Receives payment notifications from the market-stall card terminal provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("stall.webhooks")

WEBHOOK_SECRET = os.environ["TERMINAL_WEBHOOK_SECRET"].encode("utf-8")
SIGNATURE_HEADER = "X-Terminal-Signature"


def expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(WEBHOOK_SECRET, digestmod=hashlib.sha256)
    mac.update(timestamp.encode("ascii"))
    mac.update(b".")
    mac.update(body)
    return mac.hexdigest()


def signature_matches(header_value: str, body: bytes) -> bool:
    parts = dict(p.split("=", 1) for p in header_value.split(",") if "=" in p)
    timestamp, provided = parts.get("t", ""), parts.get("v1", "")
    if not timestamp or not provided:
        return False
    return expected_signature(timestamp, body) == provided


def record_payment(event: dict) -> None:
    data = event["data"]
    log.info(
        "payment %s at stall %s amount=%s status=%s",
        data["transaction_id"],
        data["merchant_reference"],
        data["amount"],
        data["status"],
    )


@app.post("/webhooks/terminal")
def terminal_webhook():
    raw = request.get_data()
    if not signature_matches(request.headers.get(SIGNATURE_HEADER, ""), raw):
        abort(401)
    event = json.loads(raw)
    if event.get("type") == "transaction.completed":
        record_payment(event)
    elif event.get("type") == "transaction.refunded":
        log.info("refund for %s", event["data"]["transaction_id"])
    return jsonify(received=True)
