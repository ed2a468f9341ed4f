"""Login and logout for the business banking customer portal."""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request
from werkzeug.security import check_password_hash

from portal.models import PortalSession, User, db

bp = Blueprint("portal_auth", __name__, url_prefix="/auth")

SESSION_COOKIE = "bb_session"
SESSION_TTL = timedelta(hours=8)


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    user = User.query.filter_by(email=payload.get("email", "").lower()).first()
    if user is None or not check_password_hash(user.password_hash, payload.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401

    token = secrets.token_urlsafe(32)
    db.session.add(PortalSession.create(user_id=user.id, token=token, ttl=SESSION_TTL))
    db.session.commit()

    resp = make_response(jsonify({"user_id": user.id, "mfa_required": user.mfa_enabled}))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), path="/")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        PortalSession.revoke(token)
        db.session.commit()
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
