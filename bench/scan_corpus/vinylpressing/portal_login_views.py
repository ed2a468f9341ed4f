"""Login views for the distributor self-service portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DISTRIBUTOR_PORTAL_SECRET_KEY"]

SESSION_COOKIE = "__Host-vp_dist_session"
SESSION_TTL = timedelta(hours=8)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "httponly": True,
    "secure": True,
    "samesite": "Strict",
    "path": "/",
}

_hasher = PasswordHasher()


def _store():
    from .store import distributor_store

    return distributor_store()


@app.post("/distributors/login")
def login():
    data = request.get_json(force=True)
    username = str(data.get("username", "")).strip()
    password = str(data.get("password", ""))
    user = _store().user_by_name(username)
    if user is None or not user.active:
        return jsonify({"error": "invalid credentials"}), 401
    try:
        _hasher.verify(user.password_hash, password)
    except VerificationError:
        return jsonify({"error": "invalid credentials"}), 401
    if _hasher.check_needs_rehash(user.password_hash):
        _store().update_password_hash(user.id, _hasher.hash(password))
    session_id = secrets.token_urlsafe(32)
    _store().create_session(session_id, user.id, SESSION_TTL)
    resp = make_response(jsonify({"distributor": user.distributor_name}))
    resp.set_cookie(SESSION_COOKIE, session_id, **COOKIE_OPTIONS)
    return resp


@app.post("/distributors/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store().drop_session(session_id)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


@app.get("/distributors/session")
def session_info():
    user_id = _store().user_for_session(request.cookies.get(SESSION_COOKIE, ""))
    if user_id is None:
        return jsonify({"error": "not logged in"}), 401
    user = _store().user_by_id(user_id)
    return jsonify({"username": user.username, "distributor": user.distributor_name})
