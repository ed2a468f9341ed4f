"""Receives payment notifications from the card processor.

Deposits for memorial orders are taken online; the processor posts a signed
JSON event to this endpoint when a payment succeeds or is refunded.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)

payments_bp = Blueprint("payments", __name__, url_prefix="/webhooks")

SIGNATURE_HEADER = "X-Processor-Signature"


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _apply_event(event: dict) -> None:
    orders = current_app.extensions["order_service"]
    kind = event["type"]
    order_ref = event["data"]["metadata"]["order_ref"]
    amount = event["data"]["amount"]
    if kind == "payment.succeeded":
        orders.record_deposit(order_ref, amount)
    elif kind == "payment.refunded":
        orders.record_refund(order_ref, amount)
    else:
        log.debug("ignoring event type %s", kind)


@payments_bp.post("/card-payments")
def card_payment_event():
    body = request.get_data()
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if signature != _expected_signature(body):
        abort(401)
    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)
    _apply_event(event)
    log.info("processed payment event %s", event.get("id"))
    return jsonify(status="ok")
