"""Receives deposit hold and capture notifications from the payment processor."""

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

from bikeshare.payments import DepositLedger

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks/payments")

WEBHOOK_CONFIG = {
    "secret_env": "PAYMENT_WEBHOOK_SECRET",
    "signature_header": "X-Processor-Signature",
    "timestamp_header": "X-Processor-Timestamp",
    "tolerance_s": 300,
}

_ledger = DepositLedger.from_env()


def _expected_signature(body: bytes, timestamp: str, cfg: dict = WEBHOOK_CONFIG) -> str:
    secret = os.environ[cfg["secret_env"]].encode()
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _signature_matches(expected: str, provided: str) -> bool:
    return expected == provided.strip().lower()


def _check_request(cfg: dict = WEBHOOK_CONFIG) -> dict:
    timestamp = request.headers.get(cfg["timestamp_header"], "")
    provided = request.headers.get(cfg["signature_header"], "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > cfg["tolerance_s"]:
        abort(400)
    body = request.get_data()
    if not _signature_matches(_expected_signature(body, timestamp, cfg), provided):
        abort(401)
    return json.loads(body)


@bp.post("/events")
def receive_event():
    event = _check_request()
    if _ledger.seen_event(event["id"]):
        return jsonify(status="duplicate"), 200

    kind = event["type"]
    data = event["data"]
    if kind == "hold.authorized":
        _ledger.record_hold(data["rider_ref"], data["amount"], data["hold_id"])
    elif kind == "hold.released":
        _ledger.release_hold(data["hold_id"])
    elif kind == "hold.captured":
        _ledger.capture_hold(data["hold_id"], data["captured_amount"])
    elif kind == "refund.succeeded":
        _ledger.mark_refunded(data["refund_id"])
    else:
        return jsonify(status="ignored"), 200

    _ledger.mark_event_seen(event["id"])
    return jsonify(status="ok"), 200
