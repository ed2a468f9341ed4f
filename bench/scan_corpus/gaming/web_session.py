"""Login/logout for the account web portal (Flask).

Sessions are opaque ids stored in Redis; the browser only gets the id.
"""
import os
import secrets

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, jsonify, make_response, request

from .models import Account

bp = Blueprint("web_session", __name__)

SESSION_COOKIE = "gs_sid"
SESSION_TTL = 60 * 60 * 24 * 14
COOKIE_OPTS = {"max_age": SESSION_TTL, "path": "/", "samesite": "Lax"}

_redis = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])
_hasher = PasswordHasher()


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    account = Account.find_by_email(payload.get("email", ""))
    try:
        if account is None:
            raise VerificationError()
        _hasher.verify(account.password_hash, payload.get("password", ""))
    except VerificationError:
        return jsonify(error="invalid credentials"), 401

    sid = secrets.token_urlsafe(32)
    _redis.setex(f"session:{sid}", SESSION_TTL, account.id)
    resp = make_response(jsonify(player_id=account.id, display_name=account.display_name))
    resp.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _redis.delete(f"session:{sid}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
