"""Audit trail for sign-in attempts to the clog web shop."""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import login_user

from clogmaker.accounts import authenticate
from clogmaker.ratelimit import too_many_attempts

audit_log = logging.getLogger("clogmaker.audit.login")

bp = Blueprint("shop_login", __name__, url_prefix="/account")


@dataclass
class LoginAttempt:
    email: str
    password: str
    remote_addr: str
    user_agent: str
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def from_request(cls) -> "LoginAttempt":
        form = request.get_json(force=True)
        return cls(
            email=str(form.get("email", "")).strip().lower(),
            password=str(form.get("password", "")),
            remote_addr=request.headers.get("X-Forwarded-For", request.remote_addr or "-"),
            user_agent=request.headers.get("User-Agent", "-")[:200],
        )


@bp.post("/login")
def login():
    attempt = LoginAttempt.from_request()
    if too_many_attempts(attempt.email, attempt.remote_addr):
        audit_log.warning("Throttled sign-in for %s from %s", attempt.email, attempt.remote_addr)
        abort(429)
    customer = authenticate(attempt.email, attempt.password)
    if customer is None:
        audit_log.warning("Rejected sign-in: %r", attempt)
        abort(401)
    login_user(customer)
    audit_log.info("Sign-in ok for customer %s from %s", customer.id, attempt.remote_addr)
    return jsonify({"customer_id": customer.id})
