"""Password reset by emailed one-time code for competitor and coach accounts."""

from __future__ import annotations

import hmac
import logging
from datetime import datetime, timedelta, timezone
from random import randint as _rand

import redis
from flask import Blueprint, current_app, jsonify, request

from .accounts import find_account_by_email, set_account_password
from .mailer import send_template

log = logging.getLogger(__name__)
bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

CODE_TTL = timedelta(minutes=15)


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"], decode_responses=True)


def _six_digit_code() -> str:
    return f"{_rand(0, 999_999):06d}"


def _key(email: str) -> str:
    return f"pwreset:{email.lower()}"


@bp.post("/request")
def request_code():
    email = (request.get_json(force=True).get("email") or "").strip()
    account = find_account_by_email(email)
    if account is not None:
        code = _six_digit_code()
        _store().setex(_key(email), CODE_TTL, code)
        expires = datetime.now(timezone.utc) + CODE_TTL
        send_template(
            to=account.email,
            template="password_reset_code",
            context={"first_name": account.first_name, "code": code, "expires": expires},
        )
        log.info("Password reset code sent to account %s", account.id)
    return jsonify(status="if the address is registered, a code has been sent"), 202


@bp.post("/confirm")
def confirm_code():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip()
    code = str(payload.get("code") or "")
    new_password = payload.get("new_password") or ""

    store = _store()
    stored = store.get(_key(email))
    if stored is None or not hmac.compare_digest(stored, code):
        return jsonify(error="invalid or expired code"), 400
    if len(new_password) < 10:
        return jsonify(error="password must be at least 10 characters"), 400

    account = find_account_by_email(email)
    if account is None:
        return jsonify(error="invalid or expired code"), 400
    set_account_password(account.id, new_password)
    store.delete(_key(email))
    log.info("Password reset completed for account %s", account.id)
    return jsonify(status="password updated")
