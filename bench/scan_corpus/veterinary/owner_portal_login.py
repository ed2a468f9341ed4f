"""Login/logout views for the pet-owner portal."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, jsonify, make_response, request

from .models import Owner, PortalSession, db

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")
_hasher = PasswordHasher()


@dataclass
class SessionPolicy:
    cookie_name: str = "vp_session"
    lifetime: timedelta = timedelta(hours=8)


policy = SessionPolicy()


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    owner = Owner.query.filter_by(email=str(data.get("email", "")).lower()).first()
    try:
        if owner is None:
            raise VerifyMismatchError()
        _hasher.verify(owner.password_hash, str(data.get("password", "")))
    except VerifyMismatchError:
        return jsonify(error="invalid email or password"), 401

    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + policy.lifetime
    db.session.add(PortalSession(owner_id=owner.id, token=token, expires_at=expires))
    db.session.commit()

    resp = make_response(jsonify(owner_id=owner.id, name=owner.first_name))
    resp.set_cookie(policy.cookie_name, token, max_age=int(policy.lifetime.total_seconds()),
                    httponly=True, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(policy.cookie_name)
    if token:
        PortalSession.query.filter_by(token=token).delete()
        db.session.commit()
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(policy.cookie_name)
    return resp
