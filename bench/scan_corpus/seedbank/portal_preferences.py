"""Stores the researcher's portal preferences and remember-me token in cookies."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("portal_prefs", __name__, url_prefix="/prefs")

REMEMBER_COOKIE = "sb_remember"
REMEMBER_TTL = timedelta(days=30)
COOKIE_OPTS = {
    "max_age": int(REMEMBER_TTL.total_seconds()),
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


@bp.post("/remember")
def remember_me():
    account_id = current_app.extensions["sessions"].current_account_id(request)
    if account_id is None:
        return jsonify({"error": "not signed in"}), 401
    token = secrets.token_urlsafe(32)
    current_app.extensions["remember_tokens"].store(account_id, token, ttl=REMEMBER_TTL)
    resp = jsonify({"remembered": True})
    resp.set_cookie(REMEMBER_COOKIE, token, **COOKIE_OPTS)
    return resp


@bp.post("/forget")
def forget_me():
    token = request.cookies.get(REMEMBER_COOKIE)
    if token:
        current_app.extensions["remember_tokens"].revoke(token)
    resp = jsonify({"remembered": False})
    resp.delete_cookie(REMEMBER_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
