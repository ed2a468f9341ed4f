"""Webhook endpoint for AVL vehicle status events (ignition, doors, geofences)."""
import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("avl_status_hook", __name__, url_prefix="/hooks/avl")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-AVL-Signature"
HANDLED_EVENTS = {"ignition", "doors", "blue_lights", "geofence_enter", "geofence_exit"}


def _signature_ok(body: bytes, provided: str) -> bool:
    secret = os.environ["AVL_WEBHOOK_SECRET"].encode("utf-8")
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.lower())


@bp.post("/status")
def status_event():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)

    event = json.loads(body)
    if event.get("event") == "heartbeat":
        return "", 204
    if event.get("event") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202

    current_app.extensions["vehicle_state"].apply(
        callsign=event["callsign"],
        event=event["event"],
        value=event.get("value"),
        received_at=datetime.now(timezone.utc),
    )
    return jsonify(status="ok"), 200
