"""Sign-in and sign-out views for the member portal (Flask)."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, g, jsonify, make_response, request

from .member_store import MemberStore
from .session_store import SessionStore

bp = Blueprint("portal_session", __name__, url_prefix="/portal")

SESSION_COOKIE = "hs_portal"
SESSION_LIFETIME = timedelta(hours=12)


def _stores() -> tuple[MemberStore, SessionStore]:
    ext = current_app.extensions
    return ext["member_store"], ext["session_store"]


@bp.post("/login")
def login():
    members, sessions = _stores()
    body = request.get_json(silent=True) or {}
    member = members.verify_credentials(body.get("email", ""), body.get("password", ""))
    if member is None:
        return jsonify({"error": "email or password not recognised"}), 401
    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_LIFETIME
    sessions.create(session_id, member.id, expires)
    resp = make_response(jsonify({"member": member.display_name}))
    resp.set_cookie(SESSION_COOKIE, session_id, max_age=int(SESSION_LIFETIME.total_seconds()))
    return resp


@bp.post("/logout")
def logout():
    _, sessions = _stores()
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        sessions.delete(session_id)
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@bp.before_app_request
def load_member():
    g.member = None
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _, sessions = _stores()
        g.member = sessions.member_for(session_id, datetime.now(timezone.utc))
