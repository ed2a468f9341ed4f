"""Login endpoint for the technician app with an audit trail of sign-in attempts."""

from __future__ import annotations

import logging
import secrets

from flask import Blueprint, abort, jsonify, request

from .accounts import TechnicianAccounts
from .ratelimit import limiter

bp = Blueprint("tech_login", __name__)
audit = logging.getLogger("pestcontrol.audit")
accounts = TechnicianAccounts()


@bp.post("/api/tech/login")
@limiter.limit("10/minute")
def login():
    body = request.get_json(silent=True) or {}
    badge_no = str(body.get("badge_no", "")).strip()
    password = str(body.get("password", ""))
    device_id = request.headers.get("X-Device-Id", "unknown")
    if not badge_no or not password:
        abort(400)

    tech = accounts.authenticate(badge_no, password)
    if tech is None:
        audit.warning("failed login badge=%s device=%s ip=%s",
                      badge_no, device_id, request.remote_addr)
        abort(401)

    session_token = secrets.token_urlsafe(32)
    accounts.store_session(tech.badge_no, device_id, session_token)
    audit.info("login ok badge=%s name=%s device=%s ip=%s",
               tech.badge_no, tech.full_name, device_id, request.remote_addr)
    return jsonify({"token": session_token, "name": tech.full_name})


@bp.post("/api/tech/logout")
def logout():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    badge_no = accounts.end_session(token)
    if badge_no:
        audit.info("logout badge=%s", badge_no)
    return "", 204
