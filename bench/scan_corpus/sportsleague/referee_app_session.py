"""Session handling for the referee match-day web app.

Referees sign in with their association number and a one-time code; the
session id is kept server-side in Redis and referenced by a cookie.
"""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

from league.referees import verify_login_code
from league.sessions import session_store

bp = Blueprint("referee_session", __name__, url_prefix="/ref")

COOKIE_NAME = "ref_sid"
SESSION_LIFETIME = timedelta(hours=10)  # long enough for a full match day


def _cookie_options() -> dict:
    return {
        "max_age": int(SESSION_LIFETIME.total_seconds()),
        "secure": True,
        "httponly": True,
        "samesite": "Strict",
        "path": "/ref",
        "domain": current_app.config.get("SESSION_COOKIE_DOMAIN"),
    }


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    referee = verify_login_code(body.get("association_number", ""), body.get("code", ""))
    if referee is None:
        return jsonify(error="invalid code"), 401
    sid = secrets.token_urlsafe(32)
    session_store.put(sid, {"referee_id": referee.id}, ttl=SESSION_LIFETIME)
    resp = make_response(jsonify(name=referee.display_name))
    resp.set_cookie(COOKIE_NAME, sid, **_cookie_options())
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        session_store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(COOKIE_NAME, path="/ref", domain=current_app.config.get("SESSION_COOKIE_DOMAIN"))
    return resp
