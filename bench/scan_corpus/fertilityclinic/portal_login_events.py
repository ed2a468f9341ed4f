"""Sign-in endpoint and security audit trail for the patient portal.

Each sign-in attempt is written to the security audit log with the account
e-mail, source address and outcome, which the clinic's information
governance lead reviews weekly.
"""
from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request, session

from portal.accounts import PortalAccountService
from portal.db import get_session

bp = Blueprint("login", __name__, url_prefix="/portal")
audit = logging.getLogger("portal.security_audit")


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


def audit_sign_in(email: str, outcome: str, reason: str = "") -> None:
    audit.info(
        "sign-in email=%s ip=%s outcome=%s reason=%s ua=%s",
        email,
        _client_ip(),
        outcome,
        reason or "-",
        request.user_agent.string[:120],
    )


@bp.post("/sign-in")
def sign_in():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    if not email or not password:
        audit_sign_in(email or "-", "rejected", "missing_fields")
        return jsonify(error="email and password are required"), 400

    service = PortalAccountService(get_session())
    result = service.sign_in(email, password)
    if result.locked:
        audit_sign_in(email, "locked")
        return jsonify(error="account locked, please contact the clinic"), 423
    if not result.ok:
        audit_sign_in(email, "failed", "bad_credentials")
        return jsonify(error="invalid email or password"), 401

    session.clear()
    session["account_id"] = result.account_id
    session.permanent = True
    audit_sign_in(email, "success")
    return jsonify(status="ok")


@bp.post("/sign-out")
def sign_out():
    account_id = session.pop("account_id", None)
    session.clear()
    audit.info("sign-out account=%s ip=%s", account_id, _client_ip())
    return jsonify(status="signed_out")
