"""Audit trail for sign-ins to the customer portal.

The office is asked from time to time whether a customer really did log in
and accept a quote. Every sign-in attempt is written to the audit log with
the outcome, the email used and where it came from.
"""

import logging
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session

from thatcher.accounts import authenticate

bp = Blueprint("portal_login", __name__)
audit = logging.getLogger("thatcher.audit.login")


def client_address() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() if forwarded else (request.remote_addr or "-")


def record_attempt(email: str, succeeded: bool, reason: str = "") -> None:
    audit.info(
        "login email=%s ok=%s reason=%s ip=%s ua=%s at=%s",
        email,
        succeeded,
        reason or "-",
        client_address(),
        request.headers.get("User-Agent", "-")[:120],
        datetime.now(timezone.utc).isoformat(),
    )


@bp.post("/portal/login")
def portal_login():
    form = request.get_json(silent=True) or request.form
    email = (form.get("email") or "").strip().lower()
    password = form.get("password") or ""
    if not email or not password:
        record_attempt(email, False, "missing-fields")
        return jsonify(error="Email and password are required"), 400
    account = authenticate(email, password)
    if account is None:
        record_attempt(email, False, "bad-credentials")
        return jsonify(error="Those details did not match"), 401
    session.clear()
    session["account_id"] = account.id
    record_attempt(email, True)
    return jsonify(account_id=account.id, name=account.display_name)
