"""Login and logout views for the label-facing order tracking portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]

SESSION_COOKIE = "vp_portal_session"
SESSION_TTL = timedelta(hours=8)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/",
}

_hasher = PasswordHasher()


def _sessions():
    from .store import session_store

    return session_store()


def _accounts():
    from .store import account_store

    return account_store()


@app.post("/portal/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    account = _accounts().by_email(email)
    if account is None:
        return jsonify({"error": "invalid credentials"}), 401
    try:
        _hasher.verify(account.password_hash, password)
    except VerificationError:
        return jsonify({"error": "invalid credentials"}), 401
    session_id = secrets.token_urlsafe(32)
    _sessions().create(session_id, account.id, ttl=SESSION_TTL)
    resp = make_response(jsonify({"label": account.label_name}))
    resp.set_cookie(SESSION_COOKIE, session_id, **COOKIE_OPTIONS)
    return resp


@app.post("/portal/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _sessions().delete(session_id)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@app.get("/portal/me")
def me():
    session_id = request.cookies.get(SESSION_COOKIE, "")
    account_id = _sessions().account_for(session_id)
    if account_id is None:
        return jsonify({"error": "not logged in"}), 401
    account = _accounts().by_id(account_id)
    return jsonify({"email": account.email, "label": account.label_name})
