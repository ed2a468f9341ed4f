"""Receives touch events pushed by the electronic scoring box bridge.

Each piste bridge signs its JSON body with HMAC-SHA256 using a shared secret
provisioned per venue, and sends the hex digest in ``X-Box-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)

bp = Blueprint("box_events", __name__, url_prefix="/box")

VALID_EVENTS = {"touch", "card", "period_end", "bout_end", "reset"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["BOX_BRIDGE_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _apply_event(bout_id: int, event: dict) -> None:
    store = current_app.extensions["bout_store"]
    kind = event["type"]
    if kind == "touch":
        store.add_touch(bout_id, side=event["side"], at=event["clock"])
    elif kind == "card":
        store.add_card(bout_id, side=event["side"], colour=event["colour"])
    elif kind == "period_end":
        store.end_period(bout_id, period=int(event["period"]))
    elif kind == "bout_end":
        store.finish(bout_id)
    elif kind == "reset":
        store.reset_lights(bout_id)


@bp.post("/pistes/<int:piste>/events")
def receive_event(piste: int):
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Box-Signature", "")
    if signature != _expected_signature(body):
        log.warning("rejected unsigned event for piste %d", piste)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)
    if event.get("type") not in VALID_EVENTS:
        abort(422)

    bout_id = current_app.extensions["bout_store"].current_bout(piste)
    if bout_id is None:
        return jsonify(status="ignored", reason="no bout running"), 202
    _apply_event(bout_id, event)
    return jsonify(status="ok", bout=bout_id)
