"""Webhook receiver for card deposits taken through the payment provider.

A 30% deposit is taken when a customer approves their kitchen or staircase
design; the provider notifies us here and the job moves into production.
"""
import hashlib
import hmac
import json
import logging
import os
import time

import psycopg2
from flask import Blueprint, abort, request

bp = Blueprint("deposit_webhook", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _expected_signature(payload: bytes, timestamp: str) -> str:
    signed = timestamp.encode() + b"." + payload
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


def _parse_header(header: str) -> dict:
    return dict(part.split("=", 1) for part in header.split(",") if "=" in part)


def mark_deposit_paid(order_ref: str, amount_pence: int, payment_id: str) -> None:
    with psycopg2.connect(os.environ["ORDERS_DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE orders SET deposit_paid_pence = %s, deposit_payment_id = %s, "
            "status = 'in_production' WHERE reference = %s AND status = 'approved'",
            (amount_pence, payment_id, order_ref),
        )


@bp.post("/webhooks/payments")
def payment_event():
    parts = _parse_header(request.headers.get("X-Pay-Signature", ""))
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if signature != _expected_signature(request.get_data(), timestamp):
        abort(400)

    event = json.loads(request.get_data())
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        order_ref = data.get("metadata", {}).get("order_ref")
        if order_ref:
            mark_deposit_paid(order_ref, int(data["amount"]), data["id"])
            log.info("Deposit %s recorded for order %s", data["id"], order_ref)
    return {"received": True}
