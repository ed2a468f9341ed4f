"""Login and session cookie handling for the customer commission portal."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict, Optional

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)


class SessionCookiePolicy:
    name = "forge_session"
    lifetime = timedelta(hours=8)

    @classmethod
    def flags(cls) -> Dict[str, Any]:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "secure": True,
            "httponly": True,
            "samesite": "Lax",
            "path": "/",
        }


class SessionStore:
    def __init__(self) -> None:
        self._sessions: Dict[str, str] = {}

    def open(self, customer_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = customer_id
        return sid

    def customer(self, sid: Optional[str]) -> Optional[str]:
        return self._sessions.get(sid or "")

    def close(self, sid: Optional[str]) -> None:
        self._sessions.pop(sid or "", None)


sessions = SessionStore()
CUSTOMERS: Dict[str, str] = {}


@app.post("/login")
def login():
    email = request.form.get("email", "").lower()
    stored = CUSTOMERS.get(email)
    if stored is None or not check_password_hash(stored, request.form.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    response = make_response(jsonify(ok=True))
    response.set_cookie(SessionCookiePolicy.name, sessions.open(email), **SessionCookiePolicy.flags())
    return response


@app.post("/logout")
def logout():
    sessions.close(request.cookies.get(SessionCookiePolicy.name))
    response = make_response(jsonify(ok=True))
    response.delete_cookie(SessionCookiePolicy.name, path="/")
    return response
