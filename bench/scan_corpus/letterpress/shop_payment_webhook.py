"""Receives payment events from the card processor for online shop and deposit orders."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from .orders import mark_deposit_paid, mark_order_paid, mark_refunded

app = Flask(__name__)
log = logging.getLogger("shop.webhooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def verify_signature(payload: bytes, header: str) -> bool:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()
    return expected == received


HANDLERS = {
    "payment_intent.succeeded": mark_order_paid,
    "invoice.paid": mark_deposit_paid,
    "charge.refunded": mark_refunded,
}


@app.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    if not verify_signature(payload, request.headers.get("Payments-Signature", "")):
        log.warning("rejected webhook with invalid signature from %s", request.remote_addr)
        abort(400)
    event = json.loads(payload)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.debug("ignoring event type %s", event.get("type"))
        return "", 204
    obj = event["data"]["object"]
    handler(order_ref=obj.get("metadata", {}).get("order_ref"), amount=obj.get("amount"))
    log.info("processed %s for %s", event["type"], obj.get("metadata", {}).get("order_ref"))
    return "", 204
