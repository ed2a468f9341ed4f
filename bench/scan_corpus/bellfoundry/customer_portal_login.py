"""Sign-in flow for the church and carillon customer portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from typing import Any, Dict

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)


class SessionCookiePolicy:
    name = "bf_customer_session"
    lifetime = timedelta(hours=8)
    attributes: Dict[str, Any] = {
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "path": "/",
    }

    @classmethod
    def kwargs(cls) -> Dict[str, Any]:
        return {**cls.attributes, "max_age": int(cls.lifetime.total_seconds())}


class CustomerDirectory:
    def __init__(self) -> None:
        self._users: Dict[str, Dict[str, str]] = {}
        self.sessions: Dict[str, str] = {}

    def verify(self, email: str, password: str) -> bool:
        user = self._users.get(email.lower())
        return bool(user) and check_password_hash(user["password_hash"], password)

    def open_session(self, email: str) -> str:
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = email.lower()
        return sid


directory = CustomerDirectory()
app.config["SECRET_KEY"] = os.environ["CUSTOMER_PORTAL_SECRET"]


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email, password = body.get("email", ""), body.get("password", "")
    if not directory.verify(email, password):
        return jsonify({"error": "invalid credentials"}), 401
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(SessionCookiePolicy.name, directory.open_session(email), **SessionCookiePolicy.kwargs())
    return resp


@app.post("/logout")
def logout():
    sid = request.cookies.get(SessionCookiePolicy.name)
    directory.sessions.pop(sid or "", None)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SessionCookiePolicy.name, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
