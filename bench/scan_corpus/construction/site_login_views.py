"""Login endpoints for the site manager web app."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

from .accounts import verify_manager_credentials
from .session_store import SessionStore

bp = Blueprint("site_auth", __name__)
store = SessionStore()

COOKIE_NAME = "sm_session"
SESSION_TTL = timedelta(hours=10)


def _cookie_options() -> dict:
    return {
        "max_age": int(SESSION_TTL.total_seconds()),
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "domain": current_app.config.get("SESSION_COOKIE_DOMAIN"),
    }


@bp.post("/auth/login")
def login():
    body = request.get_json(silent=True) or {}
    manager = verify_manager_credentials(body.get("email", ""), body.get("password", ""))
    if manager is None:
        return jsonify({"error": "invalid email or password"}), 401
    sid = secrets.token_urlsafe(32)
    store.put(sid, {"user_id": manager.id, "sites": manager.site_codes}, ttl=SESSION_TTL)
    resp = make_response(jsonify({"name": manager.full_name}))
    resp.set_cookie(COOKIE_NAME, sid, **_cookie_options())
    return resp


@bp.post("/auth/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(COOKIE_NAME, domain=current_app.config.get("SESSION_COOKIE_DOMAIN"),
                       secure=True, httponly=True, samesite="Lax")
    return resp
