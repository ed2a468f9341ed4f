"""Audit trail for setter and editor sign-ins.

Failed and successful sign-ins are logged for the security team and stored
in ``login_events``. The log line records who tried and from where, never
what they typed as a password.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, request, session
from werkzeug.exceptions import TooManyRequests, Unauthorized

bp = Blueprint("setter_login", __name__, url_prefix="/setters")
audit = logging.getLogger("xw.audit.login")

MAX_FAILURES_PER_HOUR = 10


def _record(conn, email: str, ok: bool, ip: str) -> None:
    conn.execute(
        "INSERT INTO login_events (email, ok, ip, at) VALUES (%s, %s, %s, %s)",
        (email, ok, ip, datetime.now(timezone.utc)),
    )


@bp.post("/login")
def setter_login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    ip = request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()
    accounts = current_app.extensions["setter_accounts"]
    limiter = current_app.extensions["login_limiter"]

    if limiter.failures(email, window_seconds=3600) >= MAX_FAILURES_PER_HOUR:
        audit.warning("login throttled email=%s ip=%s", email, ip)
        raise TooManyRequests()

    setter_id = accounts.authenticate(email, password)
    with current_app.extensions["db"].connection() as conn:
        _record(conn, email, setter_id is not None, ip)
    if setter_id is None:
        limiter.add_failure(email)
        audit.info("login failed email=%s ip=%s agent=%s", email, ip, request.user_agent.string[:120])
        raise Unauthorized("wrong e-mail or password")

    session.clear()
    session["setter_id"] = setter_id
    audit.info("login ok setter_id=%s email=%s ip=%s", setter_id, email, ip)
    return {"setter_id": setter_id}
