"""Receives payment notifications for farm shop orders from the card processor."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["SHOP_PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _mark_order_paid(order_ref: str, amount_pence: int) -> None:
    from shop.orders import OrderRepository

    OrderRepository.default().mark_paid(order_ref, amount_pence)


@bp.post("/webhooks/payments")
def payment_event():
    header = request.headers.get("X-Processor-Signature", "")
    timestamp, signature = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    payload = request.get_data()
    signed = f"{timestamp}.".encode("ascii") + payload
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    if expected != signature:
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(payload)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        _mark_order_paid(data["metadata"]["order_ref"], int(data["amount"]))
        log.info("order %s paid", data["metadata"]["order_ref"])
    elif event.get("type") == "payment.failed":
        log.info("payment failed for order %s", event["data"]["metadata"].get("order_ref"))
    return jsonify(received=True)
