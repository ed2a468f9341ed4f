"""Login and session handling for the winery order portal."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict, Optional

from flask import Flask, Response, g, jsonify, make_response, request
from werkzeug.security import check_password_hash


class SessionCookiePolicy:
    name = "cooperage_sid"
    lifetime = timedelta(hours=8)

    @classmethod
    def as_kwargs(cls) -> Dict[str, Any]:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "path": "/",
            "samesite": "Lax",
            "secure": False,
            "httponly": False,
        }


class SessionStore:
    def __init__(self) -> None:
        self._sessions: Dict[str, str] = {}

    def create(self, customer_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = customer_id
        return sid

    def customer_for(self, sid: Optional[str]) -> Optional[str]:
        return self._sessions.get(sid) if sid else None


app = Flask(__name__)
sessions = SessionStore()
USERS: Dict[str, str] = {}


def attach_session(response: Response, sid: str) -> Response:
    response.set_cookie(SessionCookiePolicy.name, sid, **SessionCookiePolicy.as_kwargs())
    return response


@app.before_request
def load_customer() -> None:
    g.customer_id = sessions.customer_for(request.cookies.get(SessionCookiePolicy.name))


@app.post("/login")
def login():
    form = request.get_json(force=True)
    stored = USERS.get(form.get("email", "").lower())
    if stored is None or not check_password_hash(stored, form.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401
    sid = sessions.create(form["email"].lower())
    return attach_session(make_response(jsonify({"ok": True})), sid)


@app.get("/orders")
def orders():
    if g.customer_id is None:
        return jsonify({"error": "login required"}), 401
    return jsonify({"customer": g.customer_id, "orders": []})
