"""Receive payment events from the card processor for shop orders."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from .orders import mark_order_paid, mark_order_refunded

app = Flask(__name__)
log = logging.getLogger("lorimer.shop.payments")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def verify(body: bytes, header: str) -> bool:
    timestamp, provided = parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    return expected_signature(timestamp, body) == provided


@app.post("/hooks/payments")
def payment_event():
    body = request.get_data()
    if not verify(body, request.headers.get("Payment-Signature", "")):
        abort(400)
    event = json.loads(body)
    kind = event.get("type")
    obj = event.get("data", {}).get("object", {})
    order_ref = obj.get("metadata", {}).get("order_ref")
    if kind == "charge.succeeded" and order_ref:
        mark_order_paid(order_ref, amount_pence=obj["amount"], charge_id=obj["id"])
    elif kind == "charge.refunded" and order_ref:
        mark_order_refunded(order_ref, charge_id=obj["id"])
    else:
        log.info("ignoring payment event %s", kind)
    return "", 204
