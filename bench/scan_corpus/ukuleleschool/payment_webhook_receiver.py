"""Receives payment-provider webhooks for lesson packs and marks orders paid."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .orders import mark_order_paid, mark_order_refunded

app = Flask(__name__)
log = logging.getLogger("webhooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payments_webhook():
    header = request.headers.get("Payment-Signature", "")
    parts = _parse_signature_header(header)
    timestamp, signature = parts.get("t"), parts.get("v1")
    if not timestamp or not signature:
        abort(400)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)

    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        log.warning("rejected webhook with bad signature")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    order_ref = event["data"]["object"]["metadata"].get("order_ref")
    if kind == "payment_intent.succeeded":
        mark_order_paid(order_ref, event["data"]["object"]["amount_received"])
    elif kind == "charge.refunded":
        mark_order_refunded(order_ref)
    else:
        log.debug("ignoring webhook type %s", kind)
    return jsonify(received=True)
