"""Staff sign-in view for the reception desk, with an audit trail."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app, jsonify, request, session

from .staff_password_hashing import StaffPasswordHasher

bp = Blueprint("staff_login", __name__, url_prefix="/staff")
audit = logging.getLogger("lido.audit.staff_login")

MAX_FAILURES = 5


def _db():
    return current_app.extensions["staff_db"]


def _failures(username: str) -> int:
    row = _db().execute(
        "SELECT failed_attempts FROM staff_accounts WHERE username = ?", (username,)
    ).fetchone()
    return row[0] if row else 0


@bp.post("/login")
def staff_login():
    form = request.get_json(force=True)
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    client_ip = request.remote_addr

    if _failures(username) >= MAX_FAILURES:
        audit.warning("Locked account sign-in attempt user=%s ip=%s", username, client_ip)
        return jsonify(error="Account locked, ask the duty manager"), 423

    row = _db().execute(
        "SELECT id, password_hash, role FROM staff_accounts WHERE username = ? AND active = 1",
        (username,),
    ).fetchone()
    if row is None or not StaffPasswordHasher().verify(password, row[1]):
        _db().execute(
            "UPDATE staff_accounts SET failed_attempts = failed_attempts + 1 WHERE username = ?",
            (username,),
        )
        _db().commit()
        audit.warning("Failed staff sign-in user=%s ip=%s", username, client_ip)
        return jsonify(error="Invalid username or password"), 401

    _db().execute("UPDATE staff_accounts SET failed_attempts = 0 WHERE id = ?", (row[0],))
    _db().commit()
    session.clear()
    session["staff_id"] = row[0]
    session["role"] = row[2]
    audit.info("Staff sign-in user=%s role=%s ip=%s", username, row[2], client_ip)
    return jsonify(status="ok", role=row[2])
