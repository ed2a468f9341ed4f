"""Password reset by emailed six-digit code for client portal users."""
from __future__ import annotations

import logging
import os
import secrets

import redis
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("password_reset", __name__, url_prefix="/auth/reset")
log = logging.getLogger("clocktower.reset")

CODE_TTL_SECONDS = 15 * 60
MAX_ATTEMPTS = 5

_redis = redis.Redis.from_url(os.environ["CLOCKTOWER_REDIS_URL"])


def _code_key(email: str) -> str:
    return f"reset:code:{email.lower()}"


def _attempts_key(email: str) -> str:
    return f"reset:attempts:{email.lower()}"


@bp.post("/request")
def request_code():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip()
    accounts = current_app.extensions["accounts"]
    if email and accounts.exists(email):
        code = f"{secrets.randbelow(1_000_000):06d}"
        _redis.setex(_code_key(email), CODE_TTL_SECONDS, code)
        _redis.delete(_attempts_key(email))
        current_app.extensions["mailer"].send_reset_code(email, code)
        log.info("reset code issued for %s", email)
    return jsonify({"status": "if the account exists, a code has been sent"})


def verify_code(email: str, submitted: str) -> bool:
    attempts = _redis.incr(_attempts_key(email))
    _redis.expire(_attempts_key(email), CODE_TTL_SECONDS)
    if attempts > MAX_ATTEMPTS:
        return False
    stored = _redis.get(_code_key(email))
    if stored is None or stored.decode("ascii") != submitted.strip():
        return False
    _redis.delete(_code_key(email), _attempts_key(email))
    return True


@bp.post("/confirm")
def confirm_reset():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip()
    if not verify_code(email, str(body.get("code", ""))):
        abort(400)
    current_app.extensions["accounts"].set_password(email, str(body.get("new_password", "")))
    log.info("password reset completed for %s", email)
    return jsonify({"status": "password updated"})
