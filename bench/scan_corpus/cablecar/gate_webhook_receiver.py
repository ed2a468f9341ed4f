"""Receives turnstile passage events pushed by the ticket gate vendor's cloud."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("gate_events", __name__, url_prefix="/hooks/gates")

SIGNATURE_HEADER = "X-Gate-Signature"
TIMESTAMP_HEADER = "X-Gate-Timestamp"
MAX_SKEW_SECONDS = 300


def _shared_secret() -> bytes:
    return os.environ["GATE_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_shared_secret(), digestmod=hashlib.sha256)
    mac.update(timestamp.encode() + b".")
    mac.update(body)
    return "v1=" + mac.hexdigest()


def _fresh(timestamp: str) -> bool:
    try:
        sent = datetime.fromtimestamp(int(timestamp), tz=timezone.utc)
    except (TypeError, ValueError):
        return False
    return abs((datetime.now(timezone.utc) - sent).total_seconds()) <= MAX_SKEW_SECONDS


def _authentic(timestamp: str, body: bytes, signature: str) -> bool:
    return signature == _expected_signature(timestamp, body)


@bp.post("/passage")
def passage_event():
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    body = request.get_data(cache=True)
    if not _fresh(timestamp) or not _authentic(timestamp, body, signature):
        abort(401)
    event = json.loads(body)
    current_app.extensions["passage_store"].record(
        gate_id=event["gate"],
        medium_uid=event["medium"],
        direction=event.get("direction", "in"),
        at=event["at"],
    )
    return jsonify(status="accepted"), 202
