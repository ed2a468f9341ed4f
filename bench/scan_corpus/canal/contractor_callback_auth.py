"""Receives work-order status callbacks from towpath maintenance contractors."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


def _callback_keys() -> dict[str, bytes]:
    keys = {}
    for code in os.environ.get("CONTRACTOR_CODES", "").split(","):
        code = code.strip()
        if code:
            keys[code] = os.environ[f"CONTRACTOR_{code}_CALLBACK_KEY"].encode()
    return keys


@dataclass
class CallbackSettings:
    keys: dict[str, bytes] = field(default_factory=_callback_keys)
    valid_states = frozenset({"accepted", "scheduled", "in_progress", "completed", "cancelled"})


settings = CallbackSettings()


@app.before_request
def authenticate_contractor() -> None:
    code = request.headers.get("X-Contractor", "")
    presented = request.headers.get("X-Callback-Key", "").encode()
    expected = settings.keys.get(code)
    if expected is None or not secrets.compare_digest(presented, expected):
        abort(401)
    g.contractor = code


@app.post("/callbacks/work-orders/<order_id>")
def work_order_update(order_id: str):
    body = request.get_json(silent=True) or {}
    state = body.get("state")
    if state not in settings.valid_states:
        abort(422)
    return jsonify(order=order_id, contractor=g.contractor, state=state), 202
