"""Login and logout views for the members' area of the booking site."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

import bcrypt
from flask import Blueprint, jsonify, make_response, request

from .db import get_db

bp = Blueprint("member_auth", __name__, url_prefix="/members")

SESSION_TTL = timedelta(days=14)
SESSION_COOKIE_NAME = "rw_member_session"
SESSION_COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/",
}


def _check_password(password: str, stored_hash: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored_hash)


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    db = get_db()
    row = db.execute(
        "SELECT id, password_hash FROM members WHERE email = ? AND active = 1", (email,)
    ).fetchone()
    if row is None or not _check_password(password, row["password_hash"]):
        return jsonify(error="invalid email or password"), 401
    token = secrets.token_urlsafe(32)
    db.execute(
        "INSERT INTO member_sessions (token, member_id, expires_at) VALUES (?, ?, ?)",
        (token, row["id"], datetime.now(timezone.utc) + SESSION_TTL),
    )
    db.commit()
    resp = make_response(jsonify(ok=True, member_id=row["id"]))
    resp.set_cookie(SESSION_COOKIE_NAME, token, **SESSION_COOKIE_OPTS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE_NAME)
    if token:
        db = get_db()
        db.execute("DELETE FROM member_sessions WHERE token = ?", (token,))
        db.commit()
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE_NAME, path="/")
    return resp
