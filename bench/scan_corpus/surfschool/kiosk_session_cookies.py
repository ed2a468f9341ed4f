"""Session handling for the beach-front check-in kiosk (rentals and lesson arrivals)."""
from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Dict, Optional

from flask import Flask, Response, jsonify, make_response, request

app = Flask(__name__)
SESSIONS: Dict[str, str] = {}


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "kiosk_sid"
    max_age: timedelta = timedelta(hours=8)
    domain: Optional[str] = os.environ.get("KIOSK_COOKIE_DOMAIN")

    def options(self) -> dict:
        return {
            "max_age": int(self.max_age.total_seconds()),
            "domain": self.domain,
            "path": "/",
            "secure": True,
            "httponly": True,
            "samesite": "Strict",
        }


POLICY = CookiePolicy()


def _attach_session(resp: Response, staff_id: str) -> Response:
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = staff_id
    resp.set_cookie(POLICY.name, sid, **POLICY.options())
    return resp


@app.post("/kiosk/login")
def kiosk_login():
    body = request.get_json(force=True)
    staff_id = str(body.get("staff_id", ""))
    expected = os.environ.get(f"KIOSK_PIN_{staff_id}", "")
    if not staff_id or not expected or not hmac.compare_digest(str(body.get("pin", "")), expected):
        return jsonify(error="invalid credentials"), 401
    return _attach_session(make_response(jsonify(ok=True)), staff_id)


@app.post("/kiosk/logout")
def kiosk_logout():
    sid = request.cookies.get(POLICY.name)
    SESSIONS.pop(sid or "", None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(POLICY.name, path="/", domain=POLICY.domain, secure=True, httponly=True)
    return resp
