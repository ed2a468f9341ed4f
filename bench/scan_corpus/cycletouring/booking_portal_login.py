"""Login and logout for riders on the booking portal."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, abort, current_app, jsonify, make_response, request

bp = Blueprint("portal_auth", __name__)

_hasher = PasswordHasher()
SESSION_COOKIE = "ct_rider_session"
SESSION_TTL = timedelta(days=7)
SESSION_COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "httponly": False,
    "secure": True,
    "samesite": "Lax",
    "path": "/",
}


def _sessions():
    return current_app.extensions["session_store"]


def _riders():
    return current_app.extensions["rider_store"]


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    rider = _riders().by_email(email)
    if rider is None:
        abort(401)
    try:
        _hasher.verify(rider.password_hash, password)
    except VerifyMismatchError:
        abort(401)
    if _hasher.check_needs_rehash(rider.password_hash):
        _riders().update_password_hash(rider.id, _hasher.hash(password))

    token = secrets.token_urlsafe(32)
    _sessions().create(
        token_digest=hashlib.sha256(token.encode()).hexdigest(),
        rider_id=rider.id,
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    )
    resp = make_response(jsonify(rider_id=rider.id, name=rider.first_name))
    resp.set_cookie(SESSION_COOKIE, token, **SESSION_COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _sessions().delete(hashlib.sha256(token.encode()).hexdigest())
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
