"""Login and logout views for the class portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)

SESSION_COOKIE = "wl_session"
SESSION_TTL = timedelta(hours=12)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/",
}

USERS: dict[str, str] = {}
SESSIONS: dict[str, str] = {}


def _issue_session(username: str) -> str:
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = username
    return token


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip().lower()
    password = str(body.get("password", ""))
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, password):
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(user=username))
    resp.set_cookie(SESSION_COOKIE, _issue_session(username), **COOKIE_OPTIONS)
    return resp


@app.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        SESSIONS.pop(token, None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@app.get("/me")
def me():
    user = SESSIONS.get(request.cookies.get(SESSION_COOKIE, ""))
    if user is None:
        return jsonify(error="not logged in"), 401
    return jsonify(user=user, portal=os.environ.get("PORTAL_NAME", "Class portal"))
