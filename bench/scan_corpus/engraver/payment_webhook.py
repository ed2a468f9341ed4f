"""Receives payment events from the card processor for deposits on custom orders."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .orders import mark_deposit_paid, mark_payment_failed

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__, url_prefix="/hooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _parse_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


def _verify(req) -> None:
    header = req.headers.get("Processor-Signature", "")
    parts = _parse_header(header)
    timestamp, signature = parts.get("t"), parts.get("v1")
    if not timestamp or not signature:
        abort(400)
    if signature != _expected_signature(timestamp, req.get_data()):
        log.warning("rejected payment webhook whose signature did not match")
        abort(401)


@bp.post("/payments")
def payment_event():
    _verify(request)
    event = json.loads(request.get_data())
    kind = event.get("type")
    data = event.get("data", {})
    order_ref = data.get("metadata", {}).get("order_ref")
    if not order_ref:
        return jsonify(ignored=True), 200

    if kind == "payment_intent.succeeded":
        mark_deposit_paid(order_ref, amount_cents=data.get("amount", 0))
    elif kind == "payment_intent.payment_failed":
        mark_payment_failed(order_ref, reason=data.get("failure_code"))
    else:
        log.info("ignoring payment event %s for %s", kind, order_ref)
    return jsonify(received=True), 200
