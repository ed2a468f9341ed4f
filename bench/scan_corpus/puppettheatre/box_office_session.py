"""Session handling for box-office staff logging into the sales terminal."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


class TerminalSessionConfig:
    cookie_name = "bo_session"
    lifetime = timedelta(hours=9)

    @classmethod
    def cookie_options(cls) -> dict[str, Any]:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "path": "/",
            "secure": False,
            "httponly": False,
            "samesite": "Lax",
        }


class SessionStore:
    def __init__(self) -> None:
        self._sessions: dict[str, str] = {}

    def open(self, staff_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = staff_id
        return sid

    def staff_for(self, sid: str | None) -> str | None:
        return self._sessions.get(sid or "")


store = SessionStore()


def check_pin(staff_id: str, pin: str) -> bool:
    from box_office_staff import verify_staff_pin

    return verify_staff_pin(staff_id, pin)


@app.post("/terminal/login")
def login():
    staff_id = request.form.get("staff_id", "")
    if not check_pin(staff_id, request.form.get("pin", "")):
        return jsonify({"error": "invalid credentials"}), 401
    response = make_response(jsonify({"staff_id": staff_id}))
    response.set_cookie(
        TerminalSessionConfig.cookie_name,
        store.open(staff_id),
        **TerminalSessionConfig.cookie_options(),
    )
    return response


@app.get("/terminal/whoami")
def whoami():
    staff_id = store.staff_for(request.cookies.get(TerminalSessionConfig.cookie_name))
    if staff_id is None:
        return jsonify({"error": "not signed in"}), 401
    return jsonify({"staff_id": staff_id})
