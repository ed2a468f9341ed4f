"""Payment provider webhook: marks web-shop orders paid once the charge settles."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .orders import mark_paid, mark_payment_failed

log = logging.getLogger("shop.payments")
bp = Blueprint("payment_webhook", __name__)

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, payload: bytes) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def verify(payload: bytes, header: str) -> bool:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    return _expected_signature(timestamp, payload) == received


@bp.post("/webhooks/payments")
def payment_event():
    payload = request.get_data()
    if not verify(payload, request.headers.get("Payment-Signature", "")):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(400)
    event = json.loads(payload)
    order_ref = event["data"]["object"]["metadata"].get("order_ref")
    if event["type"] == "charge.succeeded":
        mark_paid(order_ref, event["data"]["object"]["amount"])
    elif event["type"] == "charge.failed":
        mark_payment_failed(order_ref, event["data"]["object"].get("failure_code"))
    else:
        log.debug("ignoring payment event %s", event["type"])
    return "", 204
