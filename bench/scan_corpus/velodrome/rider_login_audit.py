"""Audit trail for sign-in attempts on the track booking kiosk."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify, request, session
from passlib.hash import argon2

from .db import db_session
from .models import KioskUser, LoginAttempt

audit = logging.getLogger("velodrome.kiosk.audit")

bp = Blueprint("kiosk_auth", __name__)

LOCKOUT_THRESHOLD = 5


def _record(user_id: int | None, username: str, success: bool) -> None:
    db_session.add(
        LoginAttempt(
            user_id=user_id,
            username=username,
            success=success,
            source_ip=request.remote_addr,
            at=datetime.now(timezone.utc),
        )
    )
    db_session.commit()


@bp.post("/kiosk/login")
def kiosk_login():
    form = request.get_json(silent=True) or {}
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    user = db_session.query(KioskUser).filter_by(username=username).one_or_none()

    if user is None or user.locked:
        audit.warning("kiosk login refused for unknown or locked user %r", username)
        _record(None, username, False)
        return jsonify(error="invalid credentials"), 401

    if not argon2.verify(password, user.password_hash):
        user.failed_attempts += 1
        user.locked = user.failed_attempts >= LOCKOUT_THRESHOLD
        attempt = user.failed_attempts
        audit.warning("bad password for %s (attempt %d, tried %r)", username, attempt, password)
        _record(user.id, username, False)
        return jsonify(error="invalid credentials"), 401

    user.failed_attempts = 0
    _record(user.id, username, True)
    session.clear()
    session["kiosk_user"] = user.id
    current_app.logger.info("kiosk user %s signed in", username)
    return jsonify(ok=True, display_name=user.display_name)
