"""JSON endpoints for the portal front end."""
from flask import Blueprint, current_app, jsonify, request

from portal import reset
from portal.db import connect

bp = Blueprint("portal", __name__)
MIN_PASSWORD_LENGTH = 8


def _conn():
    return connect(current_app.config["DATABASE"])


@bp.post("/password/forgot")
def forgot_password():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip()
    if "@" not in email:
        return jsonify(error="email is required"), 400
    reset.request_reset(_conn(), current_app.extensions["mailer"], email)
    # Same answer whether or not the address is known.
    return jsonify(status="sent if the address is registered"), 202


@bp.post("/password/reset")
def reset_password():
    data = request.get_json(silent=True) or {}
    email, code, password = (str(data.get(k, "")).strip() for k in ("email", "code", "password"))
    if not email or not code:
        return jsonify(error="email and code are required"), 400
    if len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error="password is too short"), 400
    if not reset.confirm_reset(_conn(), email, code, password):
        return jsonify(error="code is wrong or has expired"), 400
    return "", 204
