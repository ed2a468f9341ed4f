"""Login endpoint for the technician tablet app with audit logging.

Every login attempt is written to the audit log so dispatch can see
which technician signed in on which van and spot lockouts.
"""
import logging

from flask import Blueprint, jsonify, request

from knifegrinder.auth.tokens import issue_session
from knifegrinder.technicians.service import TechnicianDirectory

bp = Blueprint("tech_login", __name__)
audit = logging.getLogger("knifegrinder.audit")

directory = TechnicianDirectory()


def _client_meta() -> dict:
    return {
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
        "van": request.headers.get("X-Van-Id", "unknown"),
        "app_version": request.headers.get("X-App-Version", "unknown"),
    }


@bp.post("/v1/auth/login")
def login():
    body = request.get_json(silent=True) or {}
    username = (body.get("username") or "").strip().lower()
    password = body.get("password") or ""
    meta = _client_meta()

    technician = directory.authenticate(username, password)
    if technician is None:
        audit.warning("technician login failed user=%s ip=%s van=%s", username, meta["ip"], meta["van"])
        return jsonify(error="invalid credentials"), 401
    if technician.locked:
        audit.warning("technician login blocked (locked) user=%s van=%s", username, meta["van"])
        return jsonify(error="account locked"), 403

    session = issue_session(technician, van_id=meta["van"])
    audit.info(
        "technician login ok user=%s tech_id=%s van=%s app=%s",
        username, technician.id, meta["van"], meta["app_version"],
    )
    return jsonify(access_token=session.token, expires_in=session.ttl_seconds)
