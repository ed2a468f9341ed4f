"""Session cookie handling for the driver self-service portal."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from portal.auth import verify_driver_login
from portal.sessions import session_store

bp = Blueprint("driver_session", __name__)

SESSION_COOKIE = "__Host-driver_sid"
SESSION_TTL = timedelta(hours=8)
_COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
}


@bp.post("/session")
def start_session():
    payload = request.get_json(silent=True) or {}
    driver = verify_driver_login(payload.get("employee_no", ""), payload.get("password", ""))
    if driver is None:
        return jsonify({"error": "invalid credentials"}), 401

    sid = secrets.token_urlsafe(32)
    session_store.put(sid, {"driver_id": driver.id}, ttl=SESSION_TTL)
    resp = make_response(jsonify({"driver": driver.id, "name": driver.display_name}))
    resp.set_cookie(SESSION_COOKIE, sid, **_COOKIE_OPTS)
    return resp


@bp.delete("/session")
def end_session():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        session_store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp
