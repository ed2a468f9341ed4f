"""Member portal login/logout with a server-side remember-me session."""
from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, abort, jsonify, make_response, request
from sqlalchemy import create_engine, text

bp = Blueprint("member_login", __name__, url_prefix="/members")
engine = create_engine(os.environ["MEMBERS_DATABASE_URL"], pool_pre_ping=True)
hasher = PasswordHasher()

SESSION_COOKIE = "pp_member"
SESSION_TTL = timedelta(days=14)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM members WHERE email = :email"), {"email": email}
        ).first()
    if row is None:
        abort(401)
    try:
        hasher.verify(row.password_hash, password)
    except VerifyMismatchError:
        abort(401)

    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO member_sessions (token_sha256, member_id, expires_at) VALUES (:t, :m, :e)"),
            {"t": _token_digest(token), "m": row.id, "e": expires},
        )
    resp = make_response(jsonify(member_id=row.id))
    resp.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        with engine.begin() as conn:
            conn.execute(
                text("DELETE FROM member_sessions WHERE token_sha256 = :t"), {"t": _token_digest(token)}
            )
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Lax")
    return resp
