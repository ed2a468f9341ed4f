"""Login and session handling for the box-office staff console."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from boxoffice.auth import verify_staff_login

app = Flask(__name__)
app.secret_key = os.environ["BOXOFFICE_FLASK_SECRET"]

SESSION_COOKIE = "bo_session"
SESSION_TTL = timedelta(hours=10)
COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}

_sessions: dict[str, str] = {}


def _new_session(staff_id: str) -> str:
    sid = secrets.token_urlsafe(32)
    _sessions[sid] = staff_id
    return sid


@app.post("/console/login")
def login():
    creds = request.get_json(force=True)
    staff_id = verify_staff_login(creds.get("username", ""), creds.get("password", ""))
    if staff_id is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(staff=staff_id))
    resp.set_cookie(
        SESSION_COOKIE,
        _new_session(staff_id),
        max_age=int(SESSION_TTL.total_seconds()),
        **COOKIE_FLAGS,
    )
    return resp


@app.post("/console/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _sessions.pop(sid, None)
    resp = make_response(jsonify(status="logged out"))
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


@app.get("/console/whoami")
def whoami():
    staff_id = _sessions.get(request.cookies.get(SESSION_COOKIE, ""))
    if staff_id is None:
        return jsonify(error="not signed in"), 401
    return jsonify(staff=staff_id)
