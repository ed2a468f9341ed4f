"""Cookie handling for the candidate self-service portal."""

import os
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("portal_session", __name__, url_prefix="/portal")

SESSION_COOKIE = "cand_sess"
SESSION_TTL = timedelta(hours=12)
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def _store():
    return current_app.extensions["portal_session_store"]


@bp.post("/login/complete")
def complete_login():
    token = (request.get_json(silent=True) or {}).get("login_token", "")
    candidate_id = _store().consume_login_token(token)
    if candidate_id is None:
        return jsonify(error="invalid or expired link"), 401

    session_id = secrets.token_urlsafe(32)
    _store().create_session(session_id, candidate_id, ttl=SESSION_TTL)
    resp = make_response(jsonify(candidate_id=candidate_id))
    resp.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        domain=os.environ.get("PORTAL_COOKIE_DOMAIN"),
        **COOKIE_FLAGS,
    )
    return resp


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store().delete_session(session_id)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, domain=os.environ.get("PORTAL_COOKIE_DOMAIN"), **COOKIE_FLAGS)
    return resp
