"""Receives sale and refund notifications from the online ride-pass ticket vendor."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .passes import RidePassBook

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["TICKET_VENDOR_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300

passes = RidePassBook.from_env()


def compute_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, timestamp: str, presented: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(compute_signature(body, timestamp), presented)


@app.post("/webhooks/ticket-vendor")
def ticket_vendor_webhook():
    body = request.get_data()
    timestamp = request.headers.get("X-Vendor-Timestamp", "")
    presented = request.headers.get("X-Vendor-Signature", "")
    if not signature_ok(body, timestamp, presented):
        log.warning("rejected ticket vendor webhook with bad or stale signature")
        abort(401)

    event = json.loads(body)
    if event["type"] == "order.paid":
        passes.issue(event["order_id"], event["pass_type"], int(event["quantity"]))
    elif event["type"] == "order.refunded":
        passes.void(event["order_id"])
    else:
        return jsonify({"ignored": event["type"]})
    log.info("processed ticket vendor event %s for order %s", event["type"], event["order_id"])
    return jsonify({"ok": True})
