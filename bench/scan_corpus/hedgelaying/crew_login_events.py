"""Login view and audit events for the crew timesheet app."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from flask import Blueprint, abort, request, session

from crew_db import get_crew_by_username, record_login

bp = Blueprint("crew_login", __name__)
log = logging.getLogger("crew.login")

MAX_FAILURES = 5


def _password_ok(password: str, stored_hash: bytes) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored_hash)
    except ValueError:
        return False


@bp.post("/login")
def login():
    form = request.get_json(force=True)
    username = form.get("username", "").strip().lower()
    password = form.get("password", "")
    member = get_crew_by_username(username)
    now = datetime.now(timezone.utc)

    if member is None:
        log.warning("login for unknown user %r from %s", username, request.remote_addr)
        abort(401)
    if member.failed_logins >= MAX_FAILURES:
        log.warning("login refused for locked account %s", username)
        abort(423)
    if not _password_ok(password, member.password_hash):
        log.warning("failed login for %s from %s", username, request.remote_addr)
        record_login(member.id, success=False, at=now)
        abort(401)

    record_login(member.id, success=True, at=now)
    session.clear()
    session["crew_id"] = member.id
    log.info("crew %s logged in from %s", username, request.remote_addr)
    return {"crew_id": member.id, "name": member.display_name}
