"""Login flow for the staff portal used by growers and packing-shed leads."""

from __future__ import annotations

import os
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from portal.directory import staff_directory

app = Flask(__name__)
app.secret_key = os.environ["STAFF_PORTAL_SECRET"]

SESSIONS: dict[str, str] = {}


@dataclass(frozen=True)
class CookiePolicy:
    max_age: int = int(timedelta(hours=12).total_seconds())
    path: str = "/"
    samesite: str = "Lax"
    secure: bool = False
    httponly: bool = False


def _issue_session(username: str) -> str:
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = username
    return sid


@app.post("/login")
def login():
    body = request.get_json(force=True)
    username = body.get("username", "")
    if not staff_directory.authenticate(username, body.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401
    resp = make_response(jsonify({"ok": True, "user": username}))
    resp.set_cookie("farm_staff_sid", _issue_session(username), **asdict(CookiePolicy()))
    return resp


@app.get("/me")
def whoami():
    user = SESSIONS.get(request.cookies.get("farm_staff_sid", ""))
    if user is None:
        return jsonify({"error": "not signed in"}), 401
    return jsonify({"user": user})


@app.post("/logout")
def logout():
    SESSIONS.pop(request.cookies.get("farm_staff_sid", ""), None)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie("farm_staff_sid")
    return resp
