"""Login/logout views for the shipper booking portal."""

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

from freight.accounts import verify_login
from freight.sessions import SessionStore

bp = Blueprint("portal_session", __name__, url_prefix="/portal")
store = SessionStore()

SESSION_COOKIE = "fwd_portal"
SESSION_TTL = timedelta(hours=8)


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    user = verify_login(body.get("email", ""), body.get("password", ""))
    if user is None:
        return jsonify({"error": "invalid credentials"}), 401

    sid = secrets.token_urlsafe(32)
    store.put(sid, user_id=user.id, ttl=SESSION_TTL)
    current_app.logger.info("portal login user_id=%s", user.id)

    resp = make_response(jsonify({"user": user.display_name}))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), path="/portal")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(sid)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/portal")
    return resp
