"""Login and logout views for the member portal."""

from __future__ import annotations

import logging
import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, current_app, jsonify, make_response, request

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__, url_prefix="/auth")

_hasher = PasswordHasher()

SESSION_TTL = timedelta(hours=12)
SESSION_COOKIE = "lacecoop_sid"
SESSION_COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "domain": os.environ.get("PORTAL_COOKIE_DOMAIN"),
    "secure": False,
    "httponly": True,
    "samesite": "Lax",
}


def _sessions():
    return current_app.extensions["session_store"]


def _members():
    return current_app.extensions["member_repo"]


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    member = _members().by_email(email)
    if member is None:
        return jsonify(error="invalid email or password"), 401
    try:
        _hasher.verify(member.password_hash, password)
    except VerifyMismatchError:
        log.info("failed login for %s", email)
        return jsonify(error="invalid email or password"), 401
    if _hasher.check_needs_rehash(member.password_hash):
        _members().update_hash(member.id, _hasher.hash(password))

    session_id = secrets.token_urlsafe(32)
    _sessions().put(session_id, member.id, ttl=SESSION_TTL)
    response = make_response(jsonify(member_id=member.id, name=member.display_name))
    response.set_cookie(SESSION_COOKIE, session_id, **SESSION_COOKIE_OPTIONS)
    log.info("member %s logged in", member.id)
    return response


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _sessions().delete(session_id)
    response = make_response(jsonify(ok=True))
    response.delete_cookie(SESSION_COOKIE, path="/", domain=SESSION_COOKIE_OPTIONS["domain"])
    return response
