"""Supervisor override session for the shift clock-in kiosks.

A supervisor taps their badge and enters a PIN to correct a missed clock-in;
the kiosk's local web UI then holds a short-lived session cookie.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from flask import Flask, make_response, request

app = Flask(__name__)


@dataclass
class CookiePolicy:
    name: str = "kiosk_sup"
    max_age: int = 300
    secure: bool = True
    httponly: bool = True
    samesite: str = "Strict"
    path: str = "/override"

    def as_kwargs(self) -> dict:
        return {
            "max_age": self.max_age,
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
            "path": self.path,
        }


@dataclass
class SessionTable:
    ttl: int = 300
    sessions: dict[str, tuple[str, float]] = field(default_factory=dict)

    def open(self, badge_no: str) -> str:
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = (badge_no, time.monotonic() + self.ttl)
        return sid


POLICY = CookiePolicy()
TABLE = SessionTable(ttl=POLICY.max_age)


@app.post("/override/login")
def supervisor_login():
    from kiosk.auth import supervisor_pin_ok

    badge_no = request.form.get("badge", "")
    if not supervisor_pin_ok(badge_no, request.form.get("pin", "")):
        return {"error": "not authorised"}, 403
    resp = make_response({"ok": True})
    resp.set_cookie(POLICY.name, TABLE.open(badge_no), **POLICY.as_kwargs())
    return resp
