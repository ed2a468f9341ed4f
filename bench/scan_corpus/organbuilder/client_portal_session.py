"""Login and session handling for the parish client portal.

Sessions are opaque random ids stored server-side in Redis; the browser
only holds the id in a cookie.
"""
from __future__ import annotations

import json
import os
import secrets

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
store = redis.Redis.from_url(os.environ["PORTAL_REDIS_URL"])
hasher = PasswordHasher()

SESSION_COOKIE = "ob_portal_sid"
SESSION_TTL = 8 * 3600


def _lookup_contact(email: str) -> dict | None:
    raw = store.get(f"contact:{email.lower()}")
    return json.loads(raw) if raw else None


@app.post("/login")
def login():
    form = request.get_json(force=True)
    contact = _lookup_contact(form.get("email", ""))
    if contact is None:
        abort(401)
    try:
        hasher.verify(contact["pw_hash"], form.get("password", ""))
    except VerifyMismatchError:
        abort(401)
    sid = secrets.token_urlsafe(32)
    store.setex(f"session:{sid}", SESSION_TTL, json.dumps({"parish_id": contact["parish_id"]}))
    response = jsonify({"parish_id": contact["parish_id"]})
    response.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_TTL, secure=True, httponly=True, samesite="Lax")
    return response


@app.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(f"session:{sid}")
    response = jsonify({"ok": True})
    response.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Lax")
    return response


@app.get("/session")
def current_session():
    sid = request.cookies.get(SESSION_COOKIE, "")
    raw = store.get(f"session:{sid}") if sid else None
    if raw is None:
        abort(401)
    return jsonify(json.loads(raw))
