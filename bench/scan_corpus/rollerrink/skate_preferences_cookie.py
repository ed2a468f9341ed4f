"""Remembers a returning customer's skate-hire preferences in a cookie.

The kiosk and website pre-fill shoe size, skate type and wristband colour
so regulars can check in faster.
"""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
COOKIE_NAME = "rr_skate_prefs"


@dataclass
class SkatePreferences:
    shoe_size: float = 5.0
    skate_type: str = "quad"
    wristband: str = "blue"
    favourite_sessions: list[str] = field(default_factory=list)


class PreferenceCodec:
    serializer = pickle

    def dumps(self, prefs: SkatePreferences) -> str:
        return base64.urlsafe_b64encode(self.serializer.dumps(prefs)).decode()

    def loads(self, raw: str) -> SkatePreferences:
        return self.serializer.loads(base64.urlsafe_b64decode(raw.encode()))


codec = PreferenceCodec()


def current_preferences() -> SkatePreferences:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return SkatePreferences()
    try:
        return codec.loads(raw)
    except Exception:
        return SkatePreferences()


@app.get("/checkin/prefill")
def prefill():
    prefs = current_preferences()
    return jsonify(shoe_size=prefs.shoe_size, skate_type=prefs.skate_type, wristband=prefs.wristband)


@app.post("/checkin/preferences")
def save_preferences():
    body = request.get_json(force=True)
    prefs = SkatePreferences(
        shoe_size=float(body.get("shoe_size", 5.0)),
        skate_type=str(body.get("skate_type", "quad"))[:16],
        wristband=str(body.get("wristband", "blue"))[:16],
    )
    resp = make_response(jsonify(saved=True))
    resp.set_cookie(COOKIE_NAME, codec.dumps(prefs), max_age=180 * 86400,
                    secure=True, httponly=True, samesite="Lax")
    return resp
