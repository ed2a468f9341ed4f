"""Login for the self-service session booking site.

Drivers sign in with email and password; a server-side session record
is created and its id handed to the browser in a cookie.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["BOOKING_SITE_SECRET_KEY"]

SESSION_COOKIE = "kc_session"
SESSION_LIFETIME = timedelta(hours=12)

COOKIE_OPTIONS = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "path": "/",
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
}


def _db():
    from .db import get_connection

    return get_connection()


def create_session(driver_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_LIFETIME
    with _db() as conn:
        conn.execute(
            "INSERT INTO web_sessions (sid, driver_id, expires_at) VALUES (%s, %s, %s)",
            (sid, driver_id, expires),
        )
    return sid


def find_driver(email: str):
    with _db() as conn:
        return conn.execute(
            "SELECT id, password_hash, display_name FROM drivers WHERE email = %s",
            (email,),
        ).fetchone()


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    row = find_driver(email)
    if row is None or not check_password_hash(row[1], password):
        return jsonify({"error": "invalid email or password"}), 401
    sid = create_session(row[0])
    resp = make_response(jsonify({"driver": row[2]}))
    resp.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTIONS)
    return resp


@app.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        with _db() as conn:
            conn.execute("DELETE FROM web_sessions WHERE sid = %s", (sid,))
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
