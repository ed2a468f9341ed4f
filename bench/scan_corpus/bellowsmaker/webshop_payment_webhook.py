"""Payment provider webhook for the online shop.

The provider signs each event with "t=<unix ts>,v1=<hex hmac>" in the
Shop-Signature header; paid events release the order to the packing list.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .orders import mark_order_paid, mark_order_failed

bp = Blueprint("payment_webhook", __name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if sep:
            parts[key] = value
    return parts


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _verify(header: str, body: bytes) -> bool:
    parts = _parse_signature_header(header)
    timestamp, received = parts.get("t"), parts.get("v1")
    if not timestamp or not received or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return received == _expected_signature(timestamp, body)


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not _verify(request.headers.get("Shop-Signature", ""), body):
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("order_ref")
    if kind == "payment.succeeded":
        mark_order_paid(order_ref)
    elif kind == "payment.failed":
        mark_order_failed(order_ref)
    else:
        log.debug("ignoring payment event type %s", kind)
    return jsonify(received=True)
