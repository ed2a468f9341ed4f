"""Owner login and logout for the boarding booking portal."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, make_response, request

from .accounts import check_owner_credentials
from .db import get_db

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")

SESSION_COOKIE = "kp_session"
SESSION_TTL = timedelta(days=14)
COOKIE_SETTINGS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


def _create_session(owner_id: int) -> str:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    db = get_db()
    db.execute(
        "INSERT INTO owner_sessions (token, owner_id, expires_at, user_agent) VALUES (?, ?, ?, ?)",
        (token, owner_id, expires.isoformat(), request.headers.get("User-Agent", "")[:200]),
    )
    db.commit()
    return token


def _attach_session(response, token: str, settings: dict = COOKIE_SETTINGS):
    response.set_cookie(SESSION_COOKIE, token, **settings)
    return response


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""
    owner = check_owner_credentials(email, password)
    if owner is None:
        current_app.logger.info("Failed portal login")
        return jsonify(error="Incorrect email or password"), 401

    token = _create_session(owner.id)
    response = make_response(jsonify(owner={"id": owner.id, "name": owner.first_name}))
    return _attach_session(response, token)


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        db = get_db()
        db.execute("DELETE FROM owner_sessions WHERE token = ?", (token,))
        db.commit()
    response = make_response("", 204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@bp.get("/me")
def me():
    token = request.cookies.get(SESSION_COOKIE, "")
    row = get_db().execute(
        "SELECT o.id, o.first_name FROM owner_sessions s JOIN owners o ON o.id = s.owner_id "
        "WHERE s.token = ? AND s.expires_at > ?",
        (token, datetime.now(timezone.utc).isoformat()),
    ).fetchone()
    if row is None:
        return jsonify(error="not signed in"), 401
    return jsonify(owner={"id": row["id"], "name": row["first_name"]})
