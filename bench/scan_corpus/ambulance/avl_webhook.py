"""Receiver for AVL vendor webhooks.

The tracking vendor posts vehicle status changes (ignition, door open, blue
lights, geofence enter/exit) to this endpoint. Each request carries an
HMAC-SHA256 signature of the raw body in ``X-AVL-Signature``.
"""
import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("avl_webhook", __name__, url_prefix="/hooks/avl")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"ignition", "doors", "blue_lights", "geofence_enter", "geofence_exit"}


def _signing_secret() -> bytes:
    return os.environ["AVL_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    provided = request.headers.get("X-AVL-Signature", "")
    if _expected_signature(body) != provided.lower():
        abort(401)

    event = json.loads(body)
    kind = event.get("event")
    if kind not in HANDLED_EVENTS:
        log.debug("ignoring AVL event type %s", kind)
        return jsonify(status="ignored"), 202

    store = current_app.extensions["vehicle_state"]
    store.apply(
        callsign=event["callsign"],
        event=kind,
        value=event.get("value"),
        received_at=datetime.now(timezone.utc),
    )
    return jsonify(status="ok"), 200
