"""Login and logout for the consumer lending customer portal."""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request
from werkzeug.security import check_password_hash

from portal.models import PortalSession, User, db

bp = Blueprint("portal_session", __name__, url_prefix="/session")

SESSION_COOKIE = "__Host-lp_session"
SESSION_TTL = timedelta(hours=2)
COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}


@bp.post("")
def create_session():
    payload = request.get_json(force=True)
    user = User.query.filter_by(email=payload.get("email", "").lower()).first()
    if user is None or not check_password_hash(user.password_hash, payload.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401

    token = secrets.token_urlsafe(32)
    db.session.add(PortalSession.create(user_id=user.id, token=token, ttl=SESSION_TTL))
    db.session.commit()

    resp = make_response(jsonify({"user_id": user.id, "mfa_required": user.mfa_enabled}))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_OPTIONS)
    return resp


@bp.delete("")
def end_session():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        PortalSession.revoke(token)
        db.session.commit()
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, **COOKIE_OPTIONS)
    return resp
