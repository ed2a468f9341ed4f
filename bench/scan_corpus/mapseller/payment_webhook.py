"""Receives payment notifications from the card processor for online orders."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .orders import mark_failed, mark_paid

log = logging.getLogger("mapseller.payments")
bp = Blueprint("payment_webhook", __name__)

SIGNATURE_HEADER = "X-Paybridge-Signature"
TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYBRIDGE_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    return parts.get("t", ""), parts.get("v1", "")


@bp.post("/webhooks/paybridge")
def paybridge_event():
    timestamp, signature = _parse_header(request.headers.get(SIGNATURE_HEADER, ""))
    if not timestamp.isdigit() or not signature:
        abort(400)
    if abs(int(time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    if _expected_signature(timestamp, body) != signature:
        log.warning("rejected paybridge event with an invalid signature")
        abort(400)

    event = json.loads(body)
    order_ref = event["data"]["metadata"]["order_ref"]
    if event["type"] == "payment.succeeded":
        mark_paid(order_ref, event["data"]["amount"], event["data"]["id"])
    elif event["type"] == "payment.failed":
        mark_failed(order_ref, event["data"].get("failure_reason", "unknown"))
    else:
        log.info("ignoring paybridge event type %s", event["type"])
    return "", 204
