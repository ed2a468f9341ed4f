"""Login and logout views for customer accounts on the trug shop.

Customers who have bought before can log in to reorder, track their
trugs and keep a list of engraving wording. Sessions are server-side
rows keyed by a random session id carried in a cookie.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

import bcrypt
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("auth", __name__, url_prefix="/account")

SESSION_COOKIE = "trug_sid"
SESSION_TTL = timedelta(days=14)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/",
}


def _db():
    return current_app.extensions["shop_db"]


def _create_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    _db().execute(
        "INSERT INTO customer_sessions (sid, customer_id, expires_at) VALUES (?, ?, ?)",
        (sid, customer_id, expires.isoformat()),
    )
    _db().commit()
    return sid


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    row = _db().execute(
        "SELECT id, password_hash FROM customers WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not bcrypt.checkpw(password.encode("utf-8"), row[1].encode("ascii")):
        return jsonify(error="Email or password not recognised"), 401
    sid = _create_session(row[0])
    response = jsonify(ok=True)
    response.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTIONS)
    return response


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _db().execute("DELETE FROM customer_sessions WHERE sid = ?", (sid,))
        _db().commit()
    response = jsonify(ok=True)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
