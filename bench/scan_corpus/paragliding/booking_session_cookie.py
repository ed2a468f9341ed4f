"""Login and session handling for the public tandem booking site."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, jsonify, make_response, request
from redis import Redis

app = Flask(__name__)
redis = Redis.from_url(os.environ["REDIS_URL"])
hasher = PasswordHasher()

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE = "pg_booking_session"
SESSION_COOKIE_FLAGS = {
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/",
}


def _customer_hash(email: str) -> str | None:
    value = redis.hget("customers:pwhash", email)
    return value.decode() if value else None


def _open_session(email: str) -> str:
    sid = secrets.token_urlsafe(32)
    redis.setex(f"booking-session:{sid}", SESSION_TTL, email)
    return sid


@app.post("/account/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    stored = _customer_hash(email)
    if stored is None:
        return jsonify({"error": "invalid credentials"}), 401
    try:
        hasher.verify(stored, password)
    except VerifyMismatchError:
        return jsonify({"error": "invalid credentials"}), 401
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(
        SESSION_COOKIE,
        _open_session(email),
        max_age=int(SESSION_TTL.total_seconds()),
        **SESSION_COOKIE_FLAGS,
    )
    return resp


@app.post("/account/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        redis.delete(f"booking-session:{sid}")
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
