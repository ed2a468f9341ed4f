"""Receives deposit-paid notifications from the card processor for bespoke hat orders."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from hatter.orders import mark_deposit_paid

log = logging.getLogger(__name__)
bp = Blueprint("deposit_webhook", __name__)

SIGNATURE_HEADER = "X-Processor-Signature"


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = current_app.config["PROCESSOR_WEBHOOK_SECRET"].encode()
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


@bp.post("/webhooks/deposits")
def deposit_paid():
    header = request.headers.get(SIGNATURE_HEADER, "")
    timestamp, provided = _parse_header(header)
    if not timestamp or not provided:
        abort(400)
    body = request.get_data()
    if provided != _expected_signature(body, timestamp):
        log.warning("deposit webhook signature mismatch from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        order_ref = event["data"]["metadata"]["order_ref"]
        mark_deposit_paid(order_ref, amount_pence=event["data"]["amount"])
    return "", 204
