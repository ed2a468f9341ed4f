"""Staff app sign-in with structured audit events."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session

from .staff_repo import StaffRepo

bp = Blueprint("staff_login", __name__, url_prefix="/staff")
audit = logging.getLogger("oysterfarm.audit")
_hasher = PasswordHasher()


@dataclass
class LoginAttempt:
    username: str
    password: str
    device_id: str
    ip: str

    def describe(self) -> str:
        return f"user={self.username} device={self.device_id} ip={self.ip}"


def _attempt_from_request() -> LoginAttempt:
    body = request.get_json(force=True)
    return LoginAttempt(
        username=(body.get("username") or "").strip().lower(),
        password=body.get("password") or "",
        device_id=body.get("device_id") or "unknown",
        ip=request.remote_addr or "-",
    )


@bp.post("/login")
def login():
    attempt = _attempt_from_request()
    repo = StaffRepo.default()
    staff = repo.by_username(attempt.username)
    if staff is None or staff.locked:
        audit.warning("staff login refused: %s", attempt.describe())
        abort(401)
    try:
        _hasher.verify(staff.password_hash, attempt.password)
    except VerifyMismatchError:
        repo.count_failure(staff.id)
        audit.warning("staff login bad password: %s", attempt.describe())
        abort(401)
    session.clear()
    session["staff_id"] = staff.id
    session["role"] = staff.role
    audit.info("staff login ok: %s role=%s", attempt.describe(), staff.role)
    return jsonify({"staff_id": staff.id, "role": staff.role})
