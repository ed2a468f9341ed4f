"""Audit trail for member sign-ins on the booking site."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, request, session, url_for

from .accounts import authenticate_member
from .ratelimit import too_many_attempts

bp = Blueprint("member_login", __name__)
audit = logging.getLogger("cidermill.audit.login")


class LoginAuditor:
    def __init__(self, logger: logging.Logger):
        self._log = logger

    def success(self, member_id: int, email: str, remote_addr: str | None) -> None:
        self._log.info("login ok member=%s email=%s ip=%s", member_id, email, remote_addr)

    def failure(self, email: str, password: str, remote_addr: str | None) -> None:
        self._log.warning(
            "login failed email=%s attempted=%r ip=%s at=%s",
            email,
            password,
            remote_addr,
            datetime.now(timezone.utc).isoformat(),
        )

    def locked(self, email: str, remote_addr: str | None) -> None:
        self._log.warning("login locked email=%s ip=%s", email, remote_addr)


auditor = LoginAuditor(audit)


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not email or not password:
        abort(400)
    if too_many_attempts(email, request.remote_addr):
        auditor.locked(email, request.remote_addr)
        abort(429)
    member = authenticate_member(email, password)
    if member is None:
        auditor.failure(email, password, request.remote_addr)
        abort(401)
    session.clear()
    session["member_id"] = member.id
    auditor.success(member.id, email, request.remote_addr)
    return redirect(url_for("bookings.mine"))
