"""Login endpoint for the crew app with an audit trail.

The contracts manager wants to see who logged in from where, and failed
attempts, because crew phones are sometimes shared on site.
"""
import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify, request, session

audit = logging.getLogger("crew.audit")
bp = Blueprint("crew_auth", __name__, url_prefix="/api/crew")


def _client_ip() -> str:
    return request.headers.get("X-Real-IP") or request.remote_addr or "-"


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip().lower()
    password = str(body.get("password", ""))
    device = str(body.get("device", "unknown"))[:60]

    accounts = current_app.extensions["crew_accounts"]
    member = accounts.authenticate(username, password)
    ip = _client_ip()

    if member is None:
        audit.warning(
            "login failed user=%s ip=%s device=%s at=%s",
            username, ip, device, datetime.now(timezone.utc).isoformat(),
        )
        return jsonify(error="invalid username or password"), 401

    session.clear()
    session["crew_member_id"] = member.id
    session.permanent = True
    audit.info("login ok user=%s id=%s ip=%s device=%s", username, member.id, ip, device)
    return jsonify(id=member.id, name=member.full_name, trade=member.trade)


@bp.post("/logout")
def logout():
    member_id = session.pop("crew_member_id", None)
    if member_id is not None:
        audit.info("logout id=%s ip=%s", member_id, _client_ip())
    session.clear()
    return jsonify(ok=True)
