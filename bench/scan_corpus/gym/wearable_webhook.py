"""Inbound webhook from the wearable vendor (activity and heart-rate pushes)."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("wearable_webhook", __name__, url_prefix="/hooks/wearable")

MAX_SKEW_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["WEARABLE_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    msg = timestamp.encode() + b"." + body
    return hmac.new(_signing_secret(), msg, hashlib.sha256).hexdigest()


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= MAX_SKEW_SECONDS
    except ValueError:
        return False


@bp.post("/events")
def receive_events():
    body = request.get_data()
    ts = request.headers.get("X-Wearable-Timestamp", "")
    provided = request.headers.get("X-Wearable-Signature", "").removeprefix("v1=")
    if not _fresh(ts):
        abort(401)
    if provided != _expected_signature(body, ts):
        abort(401)

    payload = json.loads(body)
    events = payload.get("events", [])
    queue = current_app.extensions["sync_queue"]
    for event in events:
        queue.enqueue("wearables.ingest_event", event)
    return {"accepted": len(events)}, 202
