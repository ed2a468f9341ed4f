"""Session issuing for the client portal, with structured logs the support desk can read."""
from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta, timezone

import redis
from flask import Blueprint, current_app, jsonify, make_response, request

from .accounts import verify_portal_login

bp = Blueprint("portal_sessions", __name__, url_prefix="/portal")
log = logging.getLogger("portal.sessions")

SESSION_TTL = timedelta(hours=8)


def _redis() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["SESSION_REDIS_URL"])


def _fingerprint(token: str) -> str:
    return f"…{token[-4:]}"


@bp.post("/sessions")
def create_session():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = verify_portal_login(email, password)
    if account is None:
        log.info("portal login refused for %s from %s", email, request.remote_addr)
        return jsonify(error="email or password is incorrect"), 401

    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    _redis().setex(f"portal:session:{token}", SESSION_TTL, account.id)
    log.info(
        "portal session %s opened for %s (company %s) until %s",
        _fingerprint(token), email, account.company_id, expires.isoformat(),
    )

    resp = make_response(jsonify(status="ok", expires=expires.isoformat()))
    resp.set_cookie(
        "portal_session",
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.delete("/sessions")
def end_session():
    token = request.cookies.get("portal_session")
    if token:
        _redis().delete(f"portal:session:{token}")
        log.info("portal session %s closed", _fingerprint(token))
    resp = make_response(jsonify(status="signed out"))
    resp.delete_cookie("portal_session", secure=True, httponly=True, samesite="Lax")
    return resp
