"""Receive payment events for voucher purchases from the payment provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from vouchers.fulfilment import fulfil_order

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__)

TOLERANCE_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _verify(headers, body: bytes) -> bool:
    timestamp = headers.get("X-Pay-Timestamp", "")
    sent = headers.get("X-Pay-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = _expected_signature(timestamp, body)
    return hmac.compare_digest(expected, sent)


@bp.post("/hooks/payments")
def payment_event():
    body = request.get_data()
    if not _verify(request.headers, body):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        fulfil_order(event["data"]["order_id"])
    return "", 204
