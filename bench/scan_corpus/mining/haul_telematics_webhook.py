"""Receives haul truck telematics events pushed by the OEM cloud.

Each request carries ``X-OEM-Signature: sha256=<hex>`` computed over the raw
body with the shared webhook secret. Events are payload, tyre pressure and
engine fault notifications.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("oem_telematics", __name__, url_prefix="/hooks/oem")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"payload.cycle", "tyre.pressure", "engine.fault"}
SIGNATURE_PREFIX = "sha256="


def _expected_signature(body: bytes) -> str:
    secret = os.environ["OEM_WEBHOOK_SECRET"].encode("utf-8")
    return SIGNATURE_PREFIX + hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/events")
def receive_event():
    body = request.get_data()
    supplied = request.headers.get("X-OEM-Signature", "")
    if not hmac.compare_digest(supplied.encode("utf-8"), _expected_signature(body).encode("utf-8")):
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202
    if event.get("fleet") != current_app.config["FLEET_ID"]:
        log.warning("event for unknown fleet %r", event.get("fleet"))
        return jsonify(status="ignored"), 202
    current_app.extensions["telematics_queue"].put(
        {
            "type": event_type,
            "truck": event["unit"]["id"],
            "ts": event["timestamp"],
            "data": event.get("data", {}),
        }
    )
    return jsonify(status="queued"), 202
