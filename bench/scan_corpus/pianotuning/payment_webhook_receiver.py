"""Receives payment notifications from the card processor for invoice payment links."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .invoices import mark_invoice_paid

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_webhook():
    header = request.headers.get("Payment-Signature", "")
    try:
        timestamp, signature = _parse_signature_header(header)
    except ValueError:
        abort(400)
    if abs(time.time() - timestamp) > MAX_SKEW_SECONDS:
        abort(400)

    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") == "payment_intent.succeeded":
        data = event["data"]["object"]
        invoice_id = int(data["metadata"]["invoice_id"])
        mark_invoice_paid(invoice_id, amount_cents=data["amount_received"])
        log.info("invoice %s paid via payment link", invoice_id)
    return jsonify(received=True)
