"""Login endpoint for technicians with an audit trail of sign-in attempts."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("tech_auth", __name__, url_prefix="/tech")

audit = logging.getLogger("clocktower.audit.auth")

MAX_FAILURES = 5


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip()
    password = str(body.get("password", ""))
    store = current_app.extensions["technician_store"]
    lockouts = current_app.extensions["lockouts"]

    if lockouts.failures(username) >= MAX_FAILURES:
        audit.warning("login blocked for locked account %s from %s", username, _client_ip())
        return jsonify({"error": "account locked"}), 423

    technician = store.verify(username, password)
    if technician is None:
        lockouts.record_failure(username)
        audit.info("failed login for %s from %s", username, _client_ip())
        return jsonify({"error": "invalid username or password"}), 401

    lockouts.clear(username)
    session.clear()
    session["technician_id"] = technician.id
    session["login_at"] = datetime.now(timezone.utc).isoformat()
    audit.info("technician %s signed in from %s", username, _client_ip())
    return jsonify({"id": technician.id, "name": technician.full_name})


@bp.post("/logout")
def logout():
    technician_id = session.pop("technician_id", None)
    session.clear()
    if technician_id is not None:
        audit.info("technician id %s signed out", technician_id)
    return jsonify({"ok": True})
