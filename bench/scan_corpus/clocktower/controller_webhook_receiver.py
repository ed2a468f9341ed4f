"""Receives signed status callbacks from remote winding controllers.

Controllers report after each winding cycle: weight position, motor
current, and the drift measured against the GPS reference.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["CLOCKTOWER_WEBHOOK_SECRET"]

log = logging.getLogger("clocktower.webhooks")

ALLOWED_EVENTS = {"wind.completed", "wind.failed", "drift.report", "power.lost"}


def _expected_signature(body: bytes) -> str:
    key = app.config["WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _record_event(event: dict) -> None:
    store = app.extensions["event_store"]
    store.append(
        tower_id=int(event["tower_id"]),
        kind=event["type"],
        payload=event.get("data", {}),
        received_at=datetime.now(timezone.utc),
    )


@app.post("/hooks/controller-status")
def controller_status():
    signature = request.headers.get("X-Clocktower-Signature", "")
    body = request.get_data(cache=False)
    if signature != _expected_signature(body):
        log.warning("bad signature on controller callback from %s", request.remote_addr)
        abort(401)
    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)
    if event.get("type") not in ALLOWED_EVENTS:
        abort(422)
    _record_event(event)
    if event["type"] in {"wind.failed", "power.lost"}:
        app.extensions["dispatcher"].raise_callout(int(event["tower_id"]), event["type"])
    return jsonify({"status": "accepted"}), 202
