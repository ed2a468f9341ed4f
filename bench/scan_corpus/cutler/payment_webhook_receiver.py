"""Receive payment-provider webhooks for blade orders and mark orders paid."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger("orders.payments")

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()


def verify_request(header: str, body: bytes) -> bool:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    return _expected_signature(timestamp, body) == received


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not verify_request(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    orders = current_app.extensions["order_service"]
    if event["type"] == "charge.succeeded":
        order_ref = event["data"]["metadata"]["order_ref"]
        orders.mark_paid(order_ref, amount=event["data"]["amount"])
        log.info("order %s paid", order_ref)
    elif event["type"] == "charge.refunded":
        orders.mark_refunded(event["data"]["metadata"]["order_ref"])
    return "", 204
