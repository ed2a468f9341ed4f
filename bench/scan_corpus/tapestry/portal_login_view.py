"""Client portal sign-in: clients follow treatment progress of their tapestries."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, current_app, jsonify, make_response, request

from .store import ClientStore, SessionStore

bp = Blueprint("portal_login", __name__, url_prefix="/portal")
hasher = PasswordHasher()

SESSION_COOKIE = "tps_portal"
SESSION_TTL = timedelta(hours=12)


def _stores() -> tuple[ClientStore, SessionStore]:
    return current_app.extensions["client_store"], current_app.extensions["session_store"]


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    password = str(payload.get("password", ""))
    clients, sessions = _stores()

    client = clients.by_email(email)
    if client is None:
        return jsonify(error="invalid credentials"), 401
    try:
        hasher.verify(client.password_hash, password)
    except VerifyMismatchError:
        return jsonify(error="invalid credentials"), 401

    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    sessions.create(session_id, client_id=client.id, expires=expires)

    resp = make_response(jsonify(name=client.display_name))
    resp.set_cookie(
        SESSION_COOKIE,
        session_id,
        expires=expires,
        httponly=False,
        secure=True,
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    _, sessions = _stores()
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        sessions.delete(session_id)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Lax")
    return resp
