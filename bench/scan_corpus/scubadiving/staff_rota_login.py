"""Login for the instructor roster app used by guides and boat crew.

Staff sign in to see and swap their shifts; the session id is kept in a
cookie restricted to HTTPS and hidden from page scripts.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request

from .auth import verify_staff_password
from .sessions import SessionStore

bp = Blueprint("rota_auth", __name__, url_prefix="/rota")
store = SessionStore()

SESSION_COOKIE = "rota_session"
SESSION_TTL = timedelta(hours=10)


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    staff = verify_staff_password(body.get("username", ""), body.get("password", ""))
    if staff is None:
        return jsonify(error="invalid credentials"), 401
    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    store.create(session_id, staff_id=staff.id, expires=expires)
    resp = make_response(jsonify(name=staff.display_name, role=staff.role))
    resp.set_cookie(SESSION_COOKIE, session_id, expires=expires, secure=True, httponly=True, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        store.delete(session_id)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Lax")
    return resp


@bp.get("/me")
def whoami():
    session = store.get(request.cookies.get(SESSION_COOKIE, ""))
    if session is None or session.expires < datetime.now(timezone.utc):
        return jsonify(error="not signed in"), 401
    return jsonify(staff_id=session.staff_id)
