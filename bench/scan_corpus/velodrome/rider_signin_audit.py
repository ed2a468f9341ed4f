"""Sign-in audit logging for the track booking kiosk."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session
from passlib.hash import argon2

from .db import db_session
from .models import KioskUser, LoginAttempt

audit = logging.getLogger("velodrome.kiosk.audit")

bp = Blueprint("kiosk_signin", __name__)

LOCKOUT_AFTER = 5


def _store_attempt(user_id: int | None, username: str, ok: bool) -> None:
    db_session.add(
        LoginAttempt(
            user_id=user_id,
            username=username,
            success=ok,
            source_ip=request.remote_addr,
            at=datetime.now(timezone.utc),
        )
    )
    db_session.commit()


@bp.post("/kiosk/signin")
def signin():
    form = request.get_json(silent=True) or {}
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    user = db_session.query(KioskUser).filter_by(username=username).one_or_none()

    if user is None or user.locked:
        audit.warning("kiosk sign-in refused for %r from %s", username, request.remote_addr)
        _store_attempt(None, username, False)
        return jsonify(error="invalid credentials"), 401

    if not argon2.verify(password, user.password_hash):
        user.failed_attempts += 1
        user.locked = user.failed_attempts >= LOCKOUT_AFTER
        audit.warning("bad password for %s from %s (attempt %d)", username, request.remote_addr, user.failed_attempts)
        _store_attempt(user.id, username, False)
        return jsonify(error="invalid credentials"), 401

    user.failed_attempts = 0
    _store_attempt(user.id, username, True)
    session.clear()
    session["kiosk_user"] = user.id
    audit.info("kiosk user %s signed in from %s", username, request.remote_addr)
    return jsonify(ok=True, display_name=user.display_name)
