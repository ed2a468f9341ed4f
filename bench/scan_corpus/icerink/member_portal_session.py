"""Login and session handling for the members' portal.

The booking widget embedded on the rink's marketing pages reads the
session id to call the bookings API on the member's behalf.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from typing import Any

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

SESSION_COOKIE = "rink_sid"
SESSION_TTL = timedelta(hours=12)

COOKIE_OPTIONS: dict[str, Any] = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "domain": os.environ.get("PORTAL_COOKIE_DOMAIN"),
    "samesite": "Lax",
    "secure": True,
    "httponly": False,
}

_sessions: dict[str, str] = {}


def _authenticate(membership_no: str, password: str) -> bool:
    from member_password_store import MemberPasswordStore

    store = MemberPasswordStore(os.environ["MEMBER_DB_PATH"])
    return store.verify(membership_no, password)


@app.post("/portal/login")
def login():
    payload = request.get_json(force=True)
    membership_no = str(payload.get("membership_no", ""))
    if not _authenticate(membership_no, str(payload.get("password", ""))):
        return jsonify({"error": "invalid credentials"}), 401
    sid = secrets.token_urlsafe(32)
    _sessions[sid] = membership_no
    resp = make_response(jsonify({"membership_no": membership_no}))
    resp.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTIONS)
    return resp


@app.post("/portal/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE, "")
    _sessions.pop(sid, None)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
