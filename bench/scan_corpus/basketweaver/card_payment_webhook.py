"""Webhook endpoint for the card processor that takes payment for online orders."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .orders import OrderBook

bp = Blueprint("payment_webhook", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts.get("t", "0")), parts.get("v1", "")
    except ValueError:
        return 0, ""


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(_secret(), signed, hashlib.sha256).hexdigest()


@bp.post("/hooks/payments")
def payment_event():
    body = request.get_data()
    timestamp, signature = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    if signature != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    intent = event["data"]["object"]
    order_ref = intent.get("metadata", {}).get("order_ref")
    if event["type"] == "payment_intent.succeeded":
        _mark_paid(order_ref, intent["amount_received"])
    elif event["type"] == "payment_intent.payment_failed":
        log.info("payment failed for order %s", order_ref)
    return "", 204


def _mark_paid(order_ref: str | None, amount_pence: int) -> None:
    if not order_ref:
        log.warning("paid intent without an order reference")
        return
    OrderBook.default().mark_paid(order_ref, amount_pence)
    log.info("order %s paid (%d pence)", order_ref, amount_pence)
