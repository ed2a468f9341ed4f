"""Webhook receiver for turnaround events from ground handling agents.

Handlers post events (chocks on, doors closed, pushback) signed with a
per-handler shared secret.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from turnaround.events import record_event

bp = Blueprint("handler_webhook", __name__)

MAX_SKEW_SECONDS = 300
KNOWN_EVENTS = {"CHOCKS_ON", "DOORS_OPEN", "DOORS_CLOSED", "PUSHBACK", "CHOCKS_OFF"}


def _secret_for(handler: str) -> bytes:
    secret = os.environ.get(f"GHA_WEBHOOK_SECRET_{handler.upper()}")
    if not secret:
        abort(404)
    return secret.encode()


@bp.post("/handlers/<handler>/events")
def receive_event(handler: str):
    ts = request.headers.get("X-Timestamp", "")
    sig = request.headers.get("X-Signature", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > MAX_SKEW_SECONDS:
        abort(400, "stale or missing timestamp")
    body = request.get_data()
    expected = hmac.new(_secret_for(handler), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in KNOWN_EVENTS:
        abort(422, "unknown event type")
    if event["type"] == "PUSHBACK" and not event.get("stand"):
        abort(422, "pushback requires a stand")
    record_event(handler=handler, event_type=event["type"], flight=event.get("flight"),
                 stand=event.get("stand"), occurred_at=event.get("occurred_at"))
    return {"ok": True}
