"""Login and logout endpoints for the family portal.

The portal uses an opaque session token stored server-side in Redis; the
browser only holds the token in a cookie.
"""
import secrets
from datetime import timedelta

import redis
from flask import Blueprint, current_app, jsonify, make_response, request

from fhgroup.portal.accounts import authenticate

bp = Blueprint("portal_login", __name__, url_prefix="/portal")

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE = "fh_portal_session"
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "samesite": "Lax",
    "path": "/portal",
}


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["PORTAL_REDIS_URL"])


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    account = authenticate(data.get("email", ""), data.get("password", ""))
    if account is None:
        return jsonify(error="invalid email or password"), 401

    token = secrets.token_urlsafe(32)
    _store().setex(f"portal:session:{token}", SESSION_TTL, account.id)
    resp = make_response(jsonify(case_number=account.case_number))
    resp.set_cookie(SESSION_COOKIE, token, **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _store().delete(f"portal:session:{token}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/portal")
    return resp
