"""Receives usage notifications pushed by the host operator's mediation platform."""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

from rating.queue import enqueue_usage_events

bp = Blueprint("usage_webhook", __name__, url_prefix="/hooks/mediation")


def _signing_secret() -> bytes:
    return os.environ["MEDIATION_WEBHOOK_SECRET"].encode()


@bp.post("/usage")
def receive_usage():
    signature = request.headers.get("X-Mediation-Signature", "")
    expected = hmac.new(_signing_secret(), request.get_data(), hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    payload = request.get_json(force=True)
    events = payload.get("events", [])
    if not isinstance(events, list):
        abort(400)
    accepted = enqueue_usage_events(events)
    current_app.logger.info("queued %d usage events from mediation", accepted)
    return jsonify({"accepted": accepted}), 202
