"""Login and logout views for the dealer portal.

Sessions are stored server-side in Redis; the browser only holds an
opaque session id.
"""
import logging
import secrets

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, jsonify, make_response, request

from ropeworks.portal.users import find_dealer_user

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config.from_prefixed_env(prefix="PORTAL")

SESSION_TTL = 8 * 3600
COOKIE_NAME = "rw_dealer_session"

_hasher = PasswordHasher()
_sessions = redis.Redis.from_url(app.config["REDIS_URL"])


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    user = find_dealer_user(email)
    try:
        if user is None or not user.active:
            raise VerificationError("unknown or inactive user")
        _hasher.verify(user.password_hash, password)
    except VerificationError:
        log.info("failed portal login for %s", email)
        return jsonify({"error": "invalid credentials"}), 401

    session_id = secrets.token_urlsafe(32)
    _sessions.setex(f"session:{session_id}", SESSION_TTL, user.id)
    resp = make_response(jsonify({"dealer": user.dealer_id, "name": user.display_name}))
    resp.set_cookie(COOKIE_NAME, session_id, max_age=SESSION_TTL, samesite="Lax")
    log.info("portal login for %s", email)
    return resp


@app.post("/logout")
def logout():
    session_id = request.cookies.get(COOKIE_NAME)
    if session_id:
        _sessions.delete(f"session:{session_id}")
    resp = make_response("", 204)
    resp.delete_cookie(COOKIE_NAME)
    return resp
