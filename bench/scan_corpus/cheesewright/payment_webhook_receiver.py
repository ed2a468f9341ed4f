"""Receiver for card payment notifications from the farm shop's payment provider."""
import hashlib
import hmac
import json
import logging

from flask import Flask, abort, request

from cheesewright.orders import mark_order_paid, mark_order_failed
from cheesewright.settings import load_payment_settings

logger = logging.getLogger(__name__)
app = Flask(__name__)

PAYMENT = load_payment_settings()


def compute_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(PAYMENT.webhook_secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def parse_signature_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


@app.post("/webhooks/payments")
def payment_event():
    sig = parse_signature_header(request.headers.get("Payment-Signature", ""))
    body = request.get_data()
    if sig["v1"] != compute_signature(body, sig["t"]):
        abort(400)

    event = json.loads(body)
    order_ref = event["data"]["metadata"].get("order_number")
    if event["type"] == "payment_intent.succeeded":
        mark_order_paid(order_ref, amount_pence=event["data"]["amount"])
    elif event["type"] == "payment_intent.payment_failed":
        mark_order_failed(order_ref, reason=event["data"].get("failure_code"))
    else:
        logger.debug("Ignoring payment event type %s", event["type"])
    return {"received": True}
