"""Parent portal login: parents of junior students see progress and manage bookings."""
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, jsonify, make_response, request

from .models import Parent, PortalSession, db

bp = Blueprint("parent_auth", __name__, url_prefix="/parents")

_hasher = PasswordHasher()
SESSION_COOKIE = "parent_session"
SESSION_TTL = timedelta(hours=12)


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    parent = Parent.query.filter_by(email=(data.get("email") or "").strip().lower()).first()
    if parent is None:
        return jsonify(error="invalid credentials"), 401
    try:
        _hasher.verify(parent.password_hash, data.get("password", ""))
    except VerifyMismatchError:
        return jsonify(error="invalid credentials"), 401
    if _hasher.check_needs_rehash(parent.password_hash):
        parent.password_hash = _hasher.hash(data["password"])

    session = PortalSession(
        parent_id=parent.id,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    )
    db.session.add(session)
    db.session.commit()

    resp = make_response(jsonify(parent_id=parent.id, children=[c.id for c in parent.children]))
    resp.set_cookie(
        SESSION_COOKIE,
        session.token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        PortalSession.query.filter_by(token=token).delete()
        db.session.commit()
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Strict")
    return resp
