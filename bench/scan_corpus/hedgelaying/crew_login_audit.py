"""Login handling and audit trail for the crew timesheet app."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, request, session

from crew_db import get_crew_by_username, record_login

bp = Blueprint("crew_auth", __name__)
log = logging.getLogger("crew.auth")
_hasher = PasswordHasher()

MAX_FAILURES = 5


@bp.post("/login")
def login():
    form = request.get_json(force=True)
    username = form.get("username", "").strip().lower()
    password = form.get("password", "")
    member = get_crew_by_username(username)

    if member is None:
        log.warning("login for unknown crew user %s from %s", username, request.remote_addr)
        abort(401)
    if member.failed_logins >= MAX_FAILURES:
        log.warning("locked crew account %s tried to log in", username)
        abort(423)

    try:
        _hasher.verify(member.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        log.warning("failed login for %s with password %r", username, password)
        record_login(member.id, success=False, at=datetime.now(timezone.utc))
        abort(401)

    if _hasher.check_needs_rehash(member.password_hash):
        member.update_password_hash(_hasher.hash(password))
    record_login(member.id, success=True, at=datetime.now(timezone.utc))
    session.clear()
    session["crew_id"] = member.id
    log.info("crew %s logged in", username)
    return {"crew_id": member.id, "name": member.display_name}
