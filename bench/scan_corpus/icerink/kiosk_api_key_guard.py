"""API-key check for the self-service booking kiosks in the rink foyer.

Each kiosk sends its key in a header; keys are provisioned per kiosk
and loaded from the environment at start-up.
"""
from __future__ import annotations

import hmac
import os
from functools import wraps
from typing import Callable

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


def _load_kiosk_keys() -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for entry in os.environ.get("KIOSK_API_KEYS", "").split(";"):
        if ":" in entry:
            kiosk_id, key = entry.split(":", 1)
            keys[kiosk_id.strip()] = key.strip().encode()
    return keys


KIOSK_KEYS = _load_kiosk_keys()


def kiosk_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        kiosk_id = request.headers.get("X-Kiosk-Id", "")
        supplied = request.headers.get("X-Kiosk-Key", "").encode()
        expected = KIOSK_KEYS.get(kiosk_id)
        if expected is None:
            abort(401)
        if not hmac.compare_digest(supplied, expected):
            abort(401)
        g.kiosk_id = kiosk_id
        return view(*args, **kwargs)

    return wrapper


@app.post("/kiosk/bookings")
@kiosk_required
def kiosk_booking():
    payload = request.get_json(force=True)
    return jsonify(
        {
            "kiosk": g.kiosk_id,
            "session_id": payload["session_id"],
            "skaters": int(payload.get("skaters", 1)),
        }
    ), 201
