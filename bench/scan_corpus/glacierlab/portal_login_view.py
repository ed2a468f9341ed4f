"""Login and logout views for researcher accounts on the data portal."""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("auth", __name__, url_prefix="/auth")
log = logging.getLogger("glacierlab.auth")

SESSION_COOKIE = "glp_session"
SESSION_TTL = timedelta(hours=8)
_hasher = PasswordHasher()


def _session_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    accounts = current_app.extensions["accounts"]
    account = accounts.find_by_email(email)
    try:
        if account is None or account.disabled:
            raise VerifyMismatchError
        _hasher.verify(account.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        log.info("failed login for %s from %s", email, request.remote_addr)
        return jsonify(error="invalid email or password"), 401

    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    current_app.extensions["sessions"].create(account.id, _session_digest(token), expires)
    log.info("researcher %s logged in", account.id)

    response = make_response(jsonify(user=account.id, name=account.full_name))
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="Lax",
        path="/",
    )
    return response


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        current_app.extensions["sessions"].delete(_session_digest(token))
    response = make_response(jsonify(status="logged out"))
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
