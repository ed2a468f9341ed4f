"""Audit trail of supplier portal sign-in attempts."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify, request, session

from .passwords import SupplierPasswords

audit = logging.getLogger("supplier.audit")
bp = Blueprint("supplier_audit_login", __name__, url_prefix="/supplier")


@dataclass
class LoginAttempt:
    supplier_code: str
    password: str = field(repr=False)
    remote_addr: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def from_request(cls) -> "LoginAttempt":
        form = request.get_json(force=True)
        return cls(
            supplier_code=str(form.get("supplier_code", "")).strip().upper(),
            password=str(form.get("password", "")),
            remote_addr=request.remote_addr,
        )


def _record(attempt: LoginAttempt, outcome: str) -> None:
    audit.info("supplier login %s: %r", outcome, attempt)
    db = current_app.extensions["audit_db"]
    db.execute(
        "INSERT INTO supplier_login_audit (supplier_code, remote_addr, outcome, at) "
        "VALUES (?, ?, ?, ?)",
        (attempt.supplier_code, attempt.remote_addr, outcome, attempt.at.isoformat()),
    )
    db.commit()


@bp.post("/signin")
def signin():
    attempt = LoginAttempt.from_request()
    store = SupplierPasswords(current_app.config["YARD_DATABASE_URL"])
    if not store.verify(attempt.supplier_code, attempt.password):
        _record(attempt, "rejected")
        return jsonify(error="invalid supplier code or password"), 401
    _record(attempt, "accepted")
    session.clear()
    session["supplier_code"] = attempt.supplier_code
    return jsonify(status="ok")
