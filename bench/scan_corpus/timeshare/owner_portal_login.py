"""Login and logout views for the owner web portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE = "owner_session"

_store = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])
_hasher = PasswordHasher()


def _lookup_hash(member_number: str) -> tuple[int, str] | None:
    raw = _store.hget("owner_pw", member_number)
    if raw is None:
        return None
    owner_id, pw_hash = raw.decode("utf-8").split(":", 1)
    return int(owner_id), pw_hash


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    member_number = str(body.get("member_number", ""))
    password = str(body.get("password", ""))
    found = _lookup_hash(member_number)
    if found is None:
        return jsonify(error="invalid credentials"), 401
    owner_id, pw_hash = found
    try:
        _hasher.verify(pw_hash, password)
    except VerificationError:
        return jsonify(error="invalid credentials"), 401

    session_id = secrets.token_urlsafe(32)
    _store.setex(f"sess:{session_id}", SESSION_TTL, owner_id)
    response = jsonify(owner_id=owner_id)
    response.set_cookie(SESSION_COOKIE, session_id, max_age=int(SESSION_TTL.total_seconds()), httponly=True, samesite="Lax")
    return response


@app.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store.delete(f"sess:{session_id}")
    response = jsonify(ok=True)
    response.delete_cookie(SESSION_COOKIE)
    return response
