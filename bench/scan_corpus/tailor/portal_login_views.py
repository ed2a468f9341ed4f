"""Sign-in and sign-out for the customer portal.

The portal is a small single-page app served from the same domain; after
sign-in the browser holds an opaque session id that maps to a row in
``portal_sessions``.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request
from sqlalchemy import text
from werkzeug.security import check_password_hash

from hc_portal.db import engine

bp = Blueprint("portal_login", __name__, url_prefix="/portal/auth")

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE = {
    "key": "hc_portal_session",
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "samesite": "Lax",
    "path": "/",
}


def _session_digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("ascii")).hexdigest()


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM customers WHERE email = :e AND active"),
            {"e": email},
        ).first()
        if row is None or not check_password_hash(row.password_hash, password):
            return jsonify(error="email or password not recognised"), 401
        session_id = secrets.token_urlsafe(32)
        conn.execute(
            text("INSERT INTO portal_sessions (digest, customer_id, expires_at) VALUES (:d, :c, :x)"),
            {"d": _session_digest(session_id), "c": row.id, "x": datetime.now(timezone.utc) + SESSION_TTL},
        )
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(value=session_id, **SESSION_COOKIE)
    return resp


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE["key"])
    if session_id:
        with engine.begin() as conn:
            conn.execute(
                text("DELETE FROM portal_sessions WHERE digest = :d"),
                {"d": _session_digest(session_id)},
            )
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE["key"], path="/")
    return resp
