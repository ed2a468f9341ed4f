"""Receive payment notifications from the online shop's payment provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from lampshop.orders import mark_order_paid, mark_order_failed

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_S = 300


def _parse_signature_header(header: str) -> dict:
    return dict(item.split("=", 1) for item in header.split(",") if "=" in item)


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed_payload = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed_payload, hashlib.sha256).hexdigest()


def _check_request(body: bytes) -> None:
    fields = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    ts, sig = fields.get("t"), fields.get("v1")
    if not ts or not sig or not ts.isdigit():
        abort(400)
    if abs(time.time() - int(ts)) > TOLERANCE_S:
        abort(400)
    if sig != _expected_signature(ts, body):
        abort(401)


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    _check_request(body)
    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if not order_ref:
        log.warning("payment event %s without order reference", event.get("id"))
        return jsonify(status="ignored"), 200
    if kind == "payment.succeeded":
        mark_order_paid(order_ref, event["data"]["amount"])
    elif kind == "payment.failed":
        mark_order_failed(order_ref, event["data"].get("failure_code"))
    log.info("processed %s for order %s", kind, order_ref)
    return jsonify(status="ok"), 200
