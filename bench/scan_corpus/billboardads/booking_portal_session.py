"""Login and session handling for the agency booking portal."""
from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, abort, current_app, g, jsonify, make_response, request

app = Flask(__name__)
app.config.from_prefixed_env()

_hasher = PasswordHasher()
SESSION_COOKIE = "bp_session"
SESSION_TTL = timedelta(hours=8)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/",
}


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
    return g.db


@app.teardown_appcontext
def _close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.post("/login")
def login():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    row = _db().execute(
        "SELECT id, password_hash FROM agency_users WHERE email = ? AND active = 1", (email,)
    ).fetchone()
    if row is None:
        abort(401)
    try:
        _hasher.verify(row[1], password)
    except VerifyMismatchError:
        abort(401)
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    _db().execute(
        "INSERT INTO portal_sessions (token, user_id, expires_at) VALUES (?, ?, ?)",
        (token, row[0], expires.isoformat()),
    )
    _db().commit()
    resp = make_response(jsonify({"user_id": row[0]}))
    resp.set_cookie(SESSION_COOKIE, token, **COOKIE_OPTIONS)
    return resp


@app.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _db().execute("DELETE FROM portal_sessions WHERE token = ?", (token,))
        _db().commit()
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
