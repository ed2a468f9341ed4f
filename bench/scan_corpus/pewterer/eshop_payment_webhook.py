"""Receives payment status callbacks from the card processor for e-shop orders."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from pewterer.eshop.orders import mark_order_paid, mark_order_failed

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__)

SIGNATURE_HEADER = "X-Processor-Signature"


def _expected_signature(raw_body: bytes, timestamp: str) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode()
    signed = timestamp.encode() + b"." + raw_body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


@bp.post("/webhooks/payments")
def payment_event():
    timestamp, provided = _parse_header(request.headers.get(SIGNATURE_HEADER, ""))
    raw = request.get_data()
    if not timestamp or provided != _expected_signature(raw, timestamp):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(400)

    event = json.loads(raw)
    order_ref = event["data"]["metadata"]["order_ref"]
    if event["type"] == "charge.succeeded":
        mark_order_paid(order_ref, event["data"]["id"])
    elif event["type"] == "charge.failed":
        mark_order_failed(order_ref, event["data"].get("failure_code"))
    return "", 204
