"""Login endpoint and audit trail for the fitter app.

Every sign-in attempt is written to the audit log with the username, the
device and the outcome, which the operations manager reviews weekly.
"""
import logging
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session

from .accounts import verify_credentials

bp = Blueprint("fitter_auth", __name__)
audit = logging.getLogger("audit.fitter_login")


def _client_info() -> dict:
    return {
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
        "device": request.headers.get("X-Device-Id", "unknown"),
        "app_version": request.headers.get("X-App-Version", "?"),
    }


@bp.post("/auth/login")
def login():
    form = request.get_json(silent=True) or {}
    username = str(form.get("username", "")).strip().lower()
    password = str(form.get("password", ""))
    info = _client_info()
    fitter = verify_credentials(username, password) if username and password else None
    if fitter is None:
        audit.warning(
            "login failed user=%s ip=%s device=%s app=%s",
            username, info["ip"], info["device"], info["app_version"],
        )
        return jsonify(error="Invalid username or password"), 401
    session.clear()
    session["fitter_id"] = fitter.id
    session["logged_in_at"] = datetime.now(timezone.utc).isoformat()
    audit.info(
        "login ok user=%s fitter_id=%s ip=%s device=%s",
        username, fitter.id, info["ip"], info["device"],
    )
    return jsonify(name=fitter.full_name, van=fitter.van_reg)


@bp.post("/auth/logout")
def logout():
    fitter_id = session.get("fitter_id")
    session.clear()
    if fitter_id:
        audit.info("logout fitter_id=%s ip=%s", fitter_id, _client_info()["ip"])
    return jsonify(ok=True)
