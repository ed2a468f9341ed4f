"""Receives payment events from the card processor for arrow orders."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from orders.service import mark_order_paid

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def signature_valid(payload: bytes, header: str, now: float | None = None) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not signatures or abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return expected in signatures


@app.post("/webhooks/payments")
def payment_event():
    payload = request.get_data()
    if not signature_valid(payload, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = json.loads(payload)
    if event.get("type") == "payment_intent.succeeded":
        obj = event["data"]["object"]
        order_ref = obj["metadata"]["order_ref"]
        mark_order_paid(order_ref, amount_minor=obj["amount_received"], currency=obj["currency"])
        log.info("order %s marked paid", order_ref)
    elif event.get("type") == "payment_intent.payment_failed":
        log.info("payment failed for order %s", event["data"]["object"]["metadata"].get("order_ref"))
    return "", 204
