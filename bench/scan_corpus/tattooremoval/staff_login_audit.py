"""Audit trail for sign-ins to the clinic management system.

Regulators expect the clinic to show who accessed client records, so every
sign-in attempt is written to the audit log and the audit table.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, current_app, jsonify, request, session

audit_log = logging.getLogger("clinic.audit")
bp = Blueprint("staff_auth", __name__)
_hasher = PasswordHasher()


@dataclass
class SignInAttempt:
    email: str
    password: str
    remote_addr: str
    user_agent: str
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _load_staff(email: str):
    db = current_app.extensions["clinic_db"]
    return db.execute(
        "SELECT id, role, password_hash FROM staff WHERE email = ? AND active = 1", (email,)
    ).fetchone()


def _record(attempt: SignInAttempt, outcome: str, staff_id=None) -> None:
    db = current_app.extensions["clinic_db"]
    db.execute(
        "INSERT INTO signin_audit (email, staff_id, outcome, remote_addr, at) VALUES (?, ?, ?, ?, ?)",
        (attempt.email, staff_id, outcome, attempt.remote_addr, attempt.at.isoformat()),
    )
    db.commit()


@bp.post("/staff/sign-in")
def sign_in():
    form = request.get_json(silent=True) or {}
    attempt = SignInAttempt(
        email=str(form.get("email", "")).strip().lower(),
        password=str(form.get("password", "")),
        remote_addr=request.remote_addr or "",
        user_agent=request.headers.get("User-Agent", "")[:200],
    )
    audit_log.info("sign-in attempt: %s", attempt)
    row = _load_staff(attempt.email)
    try:
        if row is None:
            raise VerifyMismatchError()
        _hasher.verify(row["password_hash"], attempt.password)
    except (VerifyMismatchError, InvalidHashError):
        _record(attempt, "rejected")
        abort(401)
    _record(attempt, "accepted", row["id"])
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    return jsonify({"staff_id": row["id"], "role": row["role"]})
