"""Second sign-in step for buyer portal accounts with two-factor enabled.

Larger saddlery workshops have several staff ordering on one trade account, so
account owners can require an authenticator-app code at sign-in.
"""
import os
import time

import pyotp
from cryptography.fernet import Fernet
from flask import Blueprint, abort, jsonify, request, session

from tanyard.portal.db import fetch_one

bp = Blueprint("two_factor", __name__)
_fernet = Fernet(os.environ["PORTAL_TOTP_ENCRYPTION_KEY"])
ALLOWED_DRIFT_STEPS = 1


def _totp_for(user_id: int) -> pyotp.TOTP:
    row = fetch_one("SELECT totp_secret_enc FROM portal_users WHERE id = %s", (user_id,))
    if row is None or row["totp_secret_enc"] is None:
        abort(400)
    secret = _fernet.decrypt(row["totp_secret_enc"].encode()).decode()
    return pyotp.TOTP(secret)


def code_matches(totp: pyotp.TOTP, submitted: str, now: float | None = None) -> bool:
    now = now or time.time()
    for step in range(-ALLOWED_DRIFT_STEPS, ALLOWED_DRIFT_STEPS + 1):
        if totp.at(now + step * totp.interval) == submitted:
            return True
    return False


@bp.post("/portal/login/second-step")
def second_step():
    pending = session.get("pending_user_id")
    if pending is None:
        abort(401)
    submitted = request.form.get("code", "").replace(" ", "")
    if not code_matches(_totp_for(pending), submitted):
        return jsonify({"error": "Code not accepted"}), 401
    session.pop("pending_user_id")
    session["user_id"] = pending
    return jsonify({"status": "signed in"})
