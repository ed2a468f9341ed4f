"""Receives gate position events pushed by the lock sensor gateway.

The gateway signs each JSON body with HMAC-SHA256 using a shared secret and
sends the hex digest in the ``X-Gateway-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("gate_events")

VALID_STATES = {"open", "closed", "moving", "fault"}


def _secret() -> bytes:
    return os.environ["GATEWAY_WEBHOOK_SECRET"].encode("utf-8")


def _record_event(lock_id: str, gate: str, state: str, at: datetime) -> None:
    from gate_events.store import save_event

    save_event(lock_id=lock_id, gate=gate, state=state, observed_at=at)


@app.post("/hooks/gate-events")
def gate_event():
    body = request.get_data()
    signature = request.headers.get("X-Gateway-Signature", "")
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("rejected gate event with bad signature from %s", request.remote_addr)
        abort(401)

    event = request.get_json(force=True, silent=True) or {}
    lock_id = str(event.get("lock_id", ""))
    gate = str(event.get("gate", ""))
    state = str(event.get("state", ""))
    if not lock_id or gate not in {"upper", "lower"} or state not in VALID_STATES:
        abort(400)

    try:
        observed = datetime.fromisoformat(event["observed_at"])
    except (KeyError, ValueError):
        observed = datetime.now(timezone.utc)

    _record_event(lock_id, gate, state, observed)
    if state == "fault":
        log.error("gate fault reported at %s (%s gate)", lock_id, gate)
    return jsonify(status="accepted"), 202
