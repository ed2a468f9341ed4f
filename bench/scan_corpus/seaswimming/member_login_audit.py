"""Login view for the member portal with an audit trail of attempts."""
from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request, session
from werkzeug.security import check_password_hash

from .db import get_db

bp = Blueprint("auth", __name__)
audit = logging.getLogger("seaswim.audit")

MAX_FAILURES = 5


def _failures(email: str) -> int:
    row = get_db().execute(
        "SELECT COUNT(*) FROM login_failures WHERE email = ?"
        " AND at > datetime('now', '-15 minutes')",
        (email,),
    ).fetchone()
    return row[0]


def _record_failure(email: str) -> None:
    db = get_db()
    db.execute("INSERT INTO login_failures (email, at) VALUES (?, datetime('now'))", (email,))
    db.commit()


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or request.form
    email = (form.get("email") or "").strip().lower()
    password = form.get("password") or ""
    if _failures(email) >= MAX_FAILURES:
        audit.warning("Login locked out for %s from %s", email, request.remote_addr)
        return jsonify({"error": "too many attempts, try again later"}), 429

    member = get_db().execute(
        "SELECT id, password_hash FROM members WHERE email = ? AND active = 1", (email,)
    ).fetchone()
    if member is None or not check_password_hash(member["password_hash"], password):
        _record_failure(email)
        audit.info("Failed login for %s from %s", email, request.remote_addr)
        return jsonify({"error": "wrong email or password"}), 401

    session.clear()
    session["member_id"] = member["id"]
    audit.info("Member %s logged in from %s", member["id"], request.remote_addr)
    return jsonify({"member_id": member["id"]})
