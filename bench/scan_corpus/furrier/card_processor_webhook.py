"""Webhook receiver for the card processor that settles storage fees and deposits."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .billing import mark_invoice_failed, mark_invoice_paid

bp = Blueprint("card_webhook", __name__, url_prefix="/hooks/cards")
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["CARD_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _parse_header(header: str) -> tuple:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= TOLERANCE_SECONDS
    except ValueError:
        return False


@bp.post("/events")
def card_event():
    body = request.get_data()
    timestamp, signature = _parse_header(request.headers.get("Processor-Signature", ""))
    if not timestamp or not signature or not _fresh(timestamp):
        abort(400)
    if signature != _expected_signature(timestamp, body):
        log.info("rejected card webhook with mismatched signature")
        abort(401)

    event = json.loads(body)
    data = event.get("data", {})
    invoice_id = data.get("metadata", {}).get("invoice_id")
    if invoice_id is None:
        log.info("card event %s has no invoice reference", event.get("id"))
        return jsonify(received=True)

    if event["type"] == "charge.succeeded":
        mark_invoice_paid(invoice_id, data["amount"])
    elif event["type"] == "charge.failed":
        mark_invoice_failed(invoice_id, data.get("failure_code"))
    else:
        log.debug("ignoring card event type %s", event["type"])
    return jsonify(received=True)
