"""Login and logout views for the workshop's customer accounts."""

from __future__ import annotations

import os
import secrets
import sqlite3
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)
hasher = PasswordHasher()

SESSION_COOKIE = "sd_session"
SESSION_LIFETIME = timedelta(days=14)


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ["WORKSHOP_DB"])
    return g.db


def _create_session(customer_id: int) -> str:
    token = secrets.token_urlsafe(32)
    with db() as conn:
        conn.execute(
            "INSERT INTO customer_sessions (token, customer_id, expires_at) "
            "VALUES (?, ?, datetime('now', ?))",
            (token, customer_id, f"+{SESSION_LIFETIME.days} days"),
        )
    return token


@app.post("/account/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    row = db().execute(
        "SELECT id, password_hash FROM customers WHERE email = ?", (email,)
    ).fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    try:
        hasher.verify(row[1], password)
    except VerificationError:
        return jsonify(error="invalid credentials"), 401

    token = _create_session(row[0])
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_LIFETIME.total_seconds()),
                    httponly=True, samesite="Lax")
    return resp


@app.post("/account/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        with db() as conn:
            conn.execute("DELETE FROM customer_sessions WHERE token = ?", (token,))
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
