"""Login and logout for the dispatcher web portal."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from dispatch.auth import verify_credentials
from dispatch.sessions import session_store

bp = Blueprint("dispatch_login", __name__)

SESSION_COOKIE = "dispatch_sid"
SESSION_TTL = timedelta(hours=12)
_COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    dispatcher = verify_credentials(payload.get("email", ""), payload.get("password", ""))
    if dispatcher is None:
        return jsonify({"error": "invalid email or password"}), 401

    sid = secrets.token_urlsafe(32)
    session_store.put(sid, {"dispatcher_id": dispatcher.id, "terminal": dispatcher.terminal_code}, ttl=SESSION_TTL)

    resp = make_response(jsonify({"dispatcher": dispatcher.id, "terminal": dispatcher.terminal_code}))
    resp.set_cookie(SESSION_COOKIE, sid, **_COOKIE_OPTS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        session_store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
