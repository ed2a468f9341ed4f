"""Session handling for the corporate account ordering portal."""
import os
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, make_response, request

from .accounts import verify_login
from .session_store import SessionStore

bp = Blueprint("portal_session", __name__, url_prefix="/portal")

SESSION_COOKIE = "bl_portal_sid"
SESSION_TTL = timedelta(hours=int(os.environ.get("PORTAL_SESSION_HOURS", "8")))
store = SessionStore(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/3"))


def _issue_session(user_id: int) -> tuple[str, datetime]:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    store.put(sid, {"user_id": user_id}, ttl=int(SESSION_TTL.total_seconds()))
    return sid, expires


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    user = verify_login(data.get("email", ""), data.get("password", ""))
    if user is None:
        abort(401)
    sid, expires = _issue_session(user.id)
    resp = make_response(jsonify(account=user.account_name, email=user.email))
    resp.set_cookie(SESSION_COOKIE, sid, expires=expires, path="/portal")
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(sid)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/portal")
    return resp


@bp.before_app_request
def load_session():
    g.portal_user_id = None
    sid = request.cookies.get(SESSION_COOKIE)
    if not sid:
        return
    data = store.get(sid)
    if data:
        g.portal_user_id = data["user_id"]
