"""Webhook receiver for card deposit hold events from the payment processor."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .deposits import DepositLedger

bp = Blueprint("deposit_webhooks", __name__, url_prefix="/webhooks/deposits")
log = logging.getLogger(__name__)
ledger = DepositLedger()

HANDLED_EVENTS = {"hold.authorized", "hold.captured", "hold.released", "hold.expired"}
MAX_CLOCK_SKEW = 300


def _signing_secret() -> bytes:
    return os.environ["PSP_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_signing_secret(), message, hashlib.sha256).hexdigest()


@bp.post("")
def receive():
    timestamp = request.headers.get("X-PSP-Timestamp", "")
    signature = request.headers.get("X-PSP-Signature", "")
    body = request.get_data()

    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_CLOCK_SKEW:
        abort(400)
    if signature != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    hold = event["data"]
    ledger.apply(
        reservation_id=hold["metadata"]["reservation_id"],
        hold_id=hold["id"],
        event_type=event["type"],
        amount_minor=hold["amount"],
        currency=hold["currency"],
    )
    log.info("applied %s for hold %s", event["type"], hold["id"])
    return jsonify(status="ok"), 200
