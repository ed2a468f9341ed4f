"""Receives settlement callbacks from the card acquirer used by the café tills."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("acquirer_webhook", __name__, url_prefix="/hooks/acquirer")

SIGNATURE_HEADER = "X-Acquirer-Signature"
TIMESTAMP_HEADER = "X-Acquirer-Timestamp"


def _signing_key() -> bytes:
    return os.environ["ACQUIRER_WEBHOOK_KEY"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()


def _signature_matches(timestamp: str, body: bytes, provided: str) -> bool:
    expected = _expected_signature(timestamp, body)
    return expected == provided.strip().lower()


def _fresh(timestamp: str, tolerance_s: int = 300) -> bool:
    try:
        sent = datetime.fromtimestamp(int(timestamp), tz=timezone.utc)
    except (TypeError, ValueError):
        return False
    return abs((datetime.now(timezone.utc) - sent).total_seconds()) <= tolerance_s


@bp.post("/settlement")
def settlement():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if not _fresh(timestamp) or not _signature_matches(timestamp, body, provided):
        abort(401)
    event = json.loads(body)
    ledger = current_app.extensions["pos_ledger"]
    ledger.record_settlement(
        store_id=event["merchant_reference"],
        batch_id=event["batch_id"],
        amount_minor=int(event["amount"]),
        currency=event.get("currency", "GBP"),
    )
    return jsonify({"received": True})
