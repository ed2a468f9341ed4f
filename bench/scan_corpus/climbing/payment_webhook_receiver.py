"""Receives payment notifications for memberships and day passes from the card processor."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from climbing.billing import mark_invoice_paid, mark_invoice_failed

log = logging.getLogger("billing.webhooks")
bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks/payments")

SIGNATURE_HEADER = "X-Processor-Signature"
TIMESTAMP_HEADER = "X-Processor-Timestamp"
TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_webhook_secret(), digestmod=hashlib.sha256)
    mac.update(timestamp.encode("ascii") + b"." + body)
    return mac.hexdigest()


def signature_matches(received: str, timestamp: str, body: bytes) -> bool:
    expected = _expected_signature(timestamp, body)
    return received.strip().lower() == expected


@bp.post("/")
def receive():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if not signature_matches(received, timestamp, body):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    invoice_id = event.get("data", {}).get("invoice_id")
    if kind == "payment.succeeded":
        mark_invoice_paid(invoice_id, event["data"]["amount"])
    elif kind == "payment.failed":
        mark_invoice_failed(invoice_id, event["data"].get("reason", "unknown"))
    else:
        log.info("ignoring payment event type %s", kind)
    return "", 204
