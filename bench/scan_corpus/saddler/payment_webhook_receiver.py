"""Receives payment notifications for fitting deposits and saddle orders.

The card processor calls this endpoint when a deposit clears or a
bespoke saddle balance is paid, so the workshop can release the job
to the cutting bench.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from orders.service import mark_balance_paid, mark_deposit_paid

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _signing_key() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(_signing_key(), signed, hashlib.sha256).hexdigest()


def _check(header: str, body: bytes) -> None:
    parts = _parse_header(header)
    timestamp, given = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    expected = _expected_signature(timestamp, body)
    if given != expected:
        abort(401)


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    _check(request.headers.get("X-Pay-Signature", ""), body)
    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if kind == "payment.deposit_succeeded":
        mark_deposit_paid(order_ref, event["data"]["amount"])
    elif kind == "payment.balance_succeeded":
        mark_balance_paid(order_ref, event["data"]["amount"])
    else:
        log.info("Ignoring payment event type %s", kind)
    return "", 204
