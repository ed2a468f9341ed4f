"""Login endpoint for the trade portal with an audit trail.

Every sign-in attempt is written to the security audit log so that the
sales office can spot shared logins and credential-stuffing attempts.
"""
import logging

from flask import Blueprint, jsonify, request
from flask_login import login_user

from dyer.models import TradeUser
from dyer.passwords import hasher
from dyer.ratelimit import limiter

bp = Blueprint("portal_login", __name__)
audit = logging.getLogger("dyer.audit.login")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.post("/login")
@limiter.limit("10/minute")
def login():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    user = TradeUser.query.filter_by(email=email).first()
    if user is None or not hasher.verify(password, user.password_hash):
        audit.warning(
            "login failed email=%s ip=%s ua=%s known_user=%s",
            email,
            _client_ip(),
            request.user_agent.string[:120],
            user is not None,
        )
        return jsonify({"error": "email or password not recognised"}), 401
    login_user(user)
    audit.info("login ok user_id=%s account=%s ip=%s", user.id, user.account_code, _client_ip())
    return jsonify({"user": user.display_name, "account": user.account_code})
