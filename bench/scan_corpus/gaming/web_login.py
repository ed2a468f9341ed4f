"""Login/logout views for the player support portal."""
import os
import secrets

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, jsonify, make_response, request

from .models import Account

bp = Blueprint("portal_auth", __name__)

SESSION_COOKIE = "__Host-portal_sid"
SESSION_TTL = 60 * 60 * 8
COOKIE_OPTS = {
    "max_age": SESSION_TTL,
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
}

_store = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])
_hasher = PasswordHasher()


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or {}
    account = Account.find_by_email(form.get("email", ""))
    try:
        if account is None:
            raise VerificationError()
        _hasher.verify(account.password_hash, form.get("password", ""))
    except VerificationError:
        return jsonify(error="invalid credentials"), 401

    sid = secrets.token_urlsafe(32)
    _store.setex(f"portal-session:{sid}", SESSION_TTL, account.id)
    resp = make_response(jsonify(player_id=account.id))
    resp.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _store.delete(f"portal-session:{sid}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp
