"""Audit trail for member portal sign-ins.

The committee reviews failed sign-ins monthly; repeated failures from one
address trigger a temporary lockout.
"""
import logging
from datetime import datetime, timedelta, timezone

from flask import Blueprint, request, session
from werkzeug.security import check_password_hash

from association.db import get_db

bp = Blueprint("member_login", __name__)
audit = logging.getLogger("association.audit")

LOCKOUT_WINDOW = timedelta(minutes=15)
LOCKOUT_THRESHOLD = 8


def recent_failures(ip: str) -> int:
    since = datetime.now(timezone.utc) - LOCKOUT_WINDOW
    row = get_db().execute(
        "SELECT COUNT(*) FROM login_failures WHERE ip = ? AND at >= ?", (ip, since)
    ).fetchone()
    return row[0]


def record_failure(username: str, ip: str, reason: str) -> None:
    db = get_db()
    db.execute(
        "INSERT INTO login_failures (username, ip, reason, at) VALUES (?, ?, ?, ?)",
        (username, ip, reason, datetime.now(timezone.utc)),
    )
    db.commit()
    audit.warning("Sign-in failed for user=%s ip=%s reason=%s", username, ip, reason)


@bp.post("/login")
def login():
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    ip = request.remote_addr or "unknown"
    if recent_failures(ip) >= LOCKOUT_THRESHOLD:
        audit.warning("Sign-in blocked for ip=%s (lockout)", ip)
        return {"error": "too many attempts"}, 429
    row = get_db().execute(
        "SELECT id, password_hash FROM members WHERE username = ?", (username,)
    ).fetchone()
    if row is None or not check_password_hash(row["password_hash"], password):
        record_failure(username, ip, "bad-credentials")
        return {"error": "invalid username or password"}, 401
    session.clear()
    session["member_id"] = row["id"]
    audit.info("Sign-in ok for user=%s ip=%s", username, ip)
    return {"ok": True}
