"""Sign-in for visitor accounts (season pass holders and repeat bookers)."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
store = redis.Redis.from_url(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/3"))
hasher = PasswordHasher()

SESSION_COOKIE = "pp_visitor"
SESSION_TTL = timedelta(days=14)


def load_visitor(email: str) -> dict | None:
    raw = store.hgetall(f"visitor:{email.lower()}")
    if not raw:
        return None
    return {k.decode(): v.decode() for k, v in raw.items()}


def start_session(visitor_id: str) -> str:
    token = secrets.token_urlsafe(32)
    store.setex(f"session:{token}", SESSION_TTL, visitor_id)
    return token


@app.post("/account/login")
def login():
    data = request.get_json(force=True)
    visitor = load_visitor(str(data.get("email", "")))
    if visitor is None:
        abort(401)
    try:
        hasher.verify(visitor["pw_hash"], str(data.get("password", "")))
    except VerifyMismatchError:
        abort(401)
    token = start_session(visitor["id"])
    resp = jsonify({"name": visitor["first_name"]})
    resp.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        expires=datetime.now(timezone.utc) + SESSION_TTL,
        secure=True,
        samesite="Lax",
    )
    return resp


@app.post("/account/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        store.delete(f"session:{token}")
    resp = jsonify({"ok": True})
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@app.get("/account/bookings")
def my_bookings():
    token = request.cookies.get(SESSION_COOKIE, "")
    visitor_id = store.get(f"session:{token}") if token else None
    if visitor_id is None:
        abort(401)
    refs = store.smembers(f"bookings:{visitor_id.decode()}")
    return jsonify(sorted(r.decode() for r in refs))
