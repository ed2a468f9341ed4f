"""Receives payment events for shop orders from the card processor."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _mark_order(order_ref: str, status: str) -> None:
    orders = current_app.extensions["orders"]
    orders.set_payment_status(order_ref, status)


@bp.post("/webhooks/payments")
def payment_event():
    payload = request.get_data()
    header = request.headers.get("X-Processor-Signature", "")
    try:
        timestamp, signature = _parse_signature_header(header)
    except ValueError:
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    signed = f"{timestamp}.".encode("utf-8") + payload
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    if signature == expected:
        event = json.loads(payload)
    else:
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if not order_ref:
        return jsonify(ignored=True)
    if kind == "payment.succeeded":
        _mark_order(order_ref, "paid")
    elif kind == "payment.failed":
        _mark_order(order_ref, "payment_failed")
    elif kind == "charge.refunded":
        _mark_order(order_ref, "refunded")
    log.info("processed %s for order %s", kind, order_ref)
    return jsonify(received=True)
