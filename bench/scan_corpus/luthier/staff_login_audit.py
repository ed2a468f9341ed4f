"""Login endpoint for the workshop back office, with an audit trail.

Every attempt is written to the audit log with the username, client
address and outcome so the owner can review access to customer data.
"""
import logging
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session

from .accounts import authenticate
from .ratelimit import too_many_attempts

bp = Blueprint("auth", __name__)
audit = logging.getLogger("audit.login")


def _client_ip() -> str:
    return request.headers.get("X-Real-IP") or request.remote_addr or "-"


def record_attempt(username: str, ok: bool, reason: str = "") -> None:
    audit.info(
        "login %s user=%s ip=%s ua=%r reason=%s at=%s",
        "ok" if ok else "failed", username, _client_ip(),
        request.user_agent.string[:120], reason or "-", datetime.now(timezone.utc).isoformat(),
    )


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or request.form
    username = (form.get("username") or "").strip()
    password = form.get("password") or ""
    if not username or not password:
        record_attempt(username, False, "missing fields")
        return jsonify({"error": "username and password required"}), 400
    if too_many_attempts(username, _client_ip()):
        record_attempt(username, False, "rate limited")
        return jsonify({"error": "too many attempts, try again later"}), 429

    staff = authenticate(username, password)
    if staff is None:
        record_attempt(username, False, "wrong username or password")
        return jsonify({"error": "invalid username or password"}), 401

    session.clear()
    session["staff_id"] = staff.id
    session["role"] = staff.role
    record_attempt(username, True)
    return jsonify({"id": staff.id, "username": staff.username, "role": staff.role})
