"""Login endpoint for the trade portal, with an audit trail of sign-in attempts.

Accounts teams at boatyards share a portal; the audit log lets the shop see
who signed in from where when a disputed order comes up.
"""
from __future__ import annotations

import logging
import secrets

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("trade_login", __name__, url_prefix="/trade")

audit = logging.getLogger("chandlery.audit.trade_login")

MAX_FAILURES = 5


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


@bp.post("/login")
def trade_login():
    body = request.get_json(force=True)
    username = (body.get("username") or "").strip().lower()
    password = body.get("password") or ""

    accounts = current_app.extensions["trade_accounts"]
    user = accounts.find_user(username)
    if user is not None and user.failed_logins >= MAX_FAILURES:
        audit.warning("locked trade login attempt user=%s ip=%s", username, _client_ip())
        return jsonify(error="account locked, call the shop"), 423

    if user is None or not accounts.check_password(user, password):
        if user is not None:
            accounts.record_failure(user)
        audit.info("failed trade login user=%s ip=%s", username, _client_ip())
        return jsonify(error="invalid username or password"), 401

    accounts.reset_failures(user)
    token = secrets.token_urlsafe(32)
    current_app.extensions["trade_sessions"].store(user.id, token)
    audit.info("trade login user=%s account=%s ip=%s", username, user.account_id, _client_ip())
    return jsonify(token=token, account=user.account_id)
