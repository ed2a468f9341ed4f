"""Audit trail for staff sign-ins to the back office and instructor app.

Failed attempts are logged with the account name and source address so
that the ops team can spot password guessing; repeated failures lock the
account for fifteen minutes.
"""
import logging
from datetime import datetime, timedelta, timezone

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

log = logging.getLogger("ziplinepark.audit")
bp = Blueprint("staff_login", __name__, url_prefix="/staff")

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def _record_failure(db, username: str, source_ip: str) -> None:
    db.execute(
        "INSERT INTO login_failures (username, source_ip, at) VALUES (?, ?, ?)",
        (username, source_ip, datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    log.warning("failed staff login for user=%s from ip=%s", username, source_ip)


def _locked(db, username: str) -> bool:
    since = (datetime.now(timezone.utc) - LOCKOUT).isoformat()
    (count,) = db.execute(
        "SELECT COUNT(*) FROM login_failures WHERE username = ? AND at > ?", (username, since)
    ).fetchone()
    return count >= MAX_FAILURES


@bp.post("/login")
def staff_login():
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    source_ip = request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()
    db = get_db()
    if _locked(db, username):
        log.info("login refused for locked user=%s from ip=%s", username, source_ip)
        abort(429)
    row = db.execute("SELECT id, password_hash, role FROM staff WHERE username = ?", (username,)).fetchone()
    if row is None or not bcrypt.checkpw(password.encode(), row["password_hash"].encode()):
        _record_failure(db, username, source_ip)
        abort(401)
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    log.info("staff login ok user=%s role=%s ip=%s", username, row["role"], source_ip)
    return jsonify({"ok": True, "role": row["role"]})
