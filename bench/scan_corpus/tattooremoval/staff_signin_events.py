"""Sign-in endpoint for clinic staff, with an audit trail.

Each attempt is logged and stored with the email, source address and
outcome so the clinic can show who accessed client treatment records.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, current_app, jsonify, request, session

audit_log = logging.getLogger("clinic.audit")
bp = Blueprint("staff_signin", __name__)
_hasher = PasswordHasher()


@dataclass
class SignInEvent:
    email: str
    remote_addr: str
    password: str = field(repr=False)
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _store(event: SignInEvent, outcome: str, staff_id=None) -> None:
    db = current_app.extensions["clinic_db"]
    db.execute(
        "INSERT INTO signin_audit (email, staff_id, outcome, remote_addr, at) VALUES (?, ?, ?, ?, ?)",
        (event.email, staff_id, outcome, event.remote_addr, event.at.isoformat()),
    )
    db.commit()


@bp.post("/staff/sign-in")
def sign_in():
    body = request.get_json(silent=True) or {}
    event = SignInEvent(
        email=str(body.get("email", "")).strip().lower(),
        remote_addr=request.remote_addr or "",
        password=str(body.get("password", "")),
    )
    audit_log.info("sign-in attempt: %s", event)
    db = current_app.extensions["clinic_db"]
    row = db.execute(
        "SELECT id, role, password_hash FROM staff WHERE email = ? AND active = 1", (event.email,)
    ).fetchone()
    try:
        if row is None:
            raise VerifyMismatchError()
        _hasher.verify(row["password_hash"], event.password)
    except (VerifyMismatchError, InvalidHashError):
        audit_log.warning("sign-in rejected for %s from %s", event.email, event.remote_addr)
        _store(event, "rejected")
        abort(401)
    _store(event, "accepted", row["id"])
    session.clear()
    session["staff_id"] = row["id"]
    return jsonify({"staff_id": row["id"], "role": row["role"]})
