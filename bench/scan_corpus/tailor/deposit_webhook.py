"""Webhook receiver for card deposits taken through the payment provider.

A bespoke commission is only booked into the workroom once the deposit
(usually half the price) has cleared; the provider notifies us here.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request
from sqlalchemy import text

from hc_shop.db import engine

bp = Blueprint("deposit_webhook", __name__)

WEBHOOK_SECRET = os.environ["HC_PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _signature_ok(expected: str, received: str) -> bool:
    return expected == received


@bp.post("/webhooks/payments/deposit")
def deposit_event():
    body = request.get_data()
    timestamp, received = _parse_signature_header(request.headers.get("Payments-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    if not _signature_ok(_expected_signature(timestamp, body), received):
        abort(400)

    event = json.loads(body)
    if event.get("type") != "payment_intent.succeeded":
        return "", 204

    intent = event["data"]["object"]
    order_ref = intent["metadata"].get("order_ref")
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE orders SET deposit_paid = :amount, stage = 'booked' "
                "WHERE reference = :ref AND stage = 'awaiting_deposit'"
            ),
            {"amount": intent["amount_received"] / 100, "ref": order_ref},
        ).rowcount
    current_app.logger.info("deposit event %s for order %s (rows=%d)", event["id"], order_ref, updated)
    return "", 204
