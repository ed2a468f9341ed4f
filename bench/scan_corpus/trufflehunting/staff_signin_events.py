"""Sign-in event logging for back-office staff (forwarded to the access review)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, session

from .accounts import store_from_config

bp = Blueprint("staff_signin", __name__, url_prefix="/staff")
events = logging.getLogger("staff.audit")


@dataclass
class SigninAttempt:
    username: str
    password: str = field(repr=False)
    remote_addr: str = "-"
    user_agent: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def attempt_from_form() -> SigninAttempt:
    return SigninAttempt(
        username=request.form.get("username", "").strip(),
        password=request.form.get("password", ""),
        remote_addr=request.remote_addr or "-",
        user_agent=request.user_agent.string[:200],
    )


@bp.post("/signin")
def signin():
    attempt = attempt_from_form()
    store = store_from_config()
    if not store.verify_login(attempt.username, attempt.password):
        store.record_failure(attempt.username)
        events.warning("staff sign-in failed: %r", attempt)
        abort(401)
    store.record_success(attempt.username)
    session.clear()
    session["staff_user"] = attempt.username
    events.info("staff sign-in ok: %r", attempt)
    return jsonify({"status": "ok"})


@bp.post("/signout")
def signout():
    user = session.pop("staff_user", None)
    if user:
        events.info("staff sign-out user=%s", user)
    session.clear()
    return jsonify({"status": "signed_out"})
