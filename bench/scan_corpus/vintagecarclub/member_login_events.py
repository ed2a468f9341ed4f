"""Login view for the members' area with security event logging."""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, current_app, jsonify, request, session
from sqlalchemy import create_engine, text

bp = Blueprint("member_login", __name__)
security_log = logging.getLogger("club.security")
_ph = PasswordHasher()
_engine = None


def engine():
    global _engine
    if _engine is None:
        _engine = create_engine(current_app.config["SQLALCHEMY_DATABASE_URI"])
    return _engine


class LoginAttempt:
    def __init__(self, email: str, password: str, ip: str | None) -> None:
        self.email = email.strip().lower()
        self.password = password
        self.ip = ip or "unknown"

    def __repr__(self) -> str:
        return f"LoginAttempt(email={self.email!r}, ip={self.ip!r})"


def _check(attempt: LoginAttempt) -> int | None:
    with engine().connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM members WHERE email = :e AND active"),
            {"e": attempt.email},
        ).first()
    if row is None:
        return None
    try:
        _ph.verify(row.password_hash, attempt.password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    return row.id


@bp.post("/members/login")
def login():
    attempt = LoginAttempt(
        request.form.get("email", ""), request.form.get("password", ""), request.remote_addr
    )
    member_id = _check(attempt)
    if member_id is None:
        security_log.warning("Failed login: %r", attempt)
        return jsonify(error="invalid email or password"), 401
    session.clear()
    session["member_id"] = member_id
    security_log.info("Member %s signed in from %s", member_id, attempt.ip)
    return jsonify(ok=True)
