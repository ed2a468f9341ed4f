"""Login and logout for the client booking portal.

Sessions are kept server-side in Redis; the browser only holds the opaque
session id.
"""
import os
import secrets

import redis
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)
_hasher = PasswordHasher()
_redis = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])

SESSION_COOKIE = "bp_session"
SESSION_TTL = 8 * 3600


def _lookup_account(email: str):
    from cranehire.portal.accounts import find_by_email

    return find_by_email(email.strip().lower())


def current_account_id():
    sid = request.cookies.get(SESSION_COOKIE)
    if not sid:
        return None
    value = _redis.get(f"session:{sid}")
    return int(value) if value is not None else None


@app.post("/login")
def login():
    payload = request.get_json(force=True)
    account = _lookup_account(payload.get("email", ""))
    try:
        if account is None:
            raise VerifyMismatchError()
        _hasher.verify(account.password_hash, payload.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    session_id = secrets.token_urlsafe(32)
    _redis.setex(f"session:{session_id}", SESSION_TTL, account.id)
    resp = make_response(jsonify({"account": account.id, "company": account.company}))
    resp.set_cookie(SESSION_COOKIE, session_id, max_age=SESSION_TTL, samesite="Lax")
    return resp


@app.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _redis.delete(f"session:{sid}")
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@app.get("/me")
def me():
    account_id = current_account_id()
    if account_id is None:
        abort(401)
    return jsonify({"account": account_id})
