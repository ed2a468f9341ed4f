"""Login and registration for booking partners (hostels, outdoor centres)
who resell our guided coracle river trips through the partner portal."""
from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PartnerUser

bp = Blueprint("partner_portal", __name__, url_prefix="/partners")


def _db() -> Session:
    return current_app.extensions["db_session"]


def make_password_record(password: str) -> tuple[str, str]:
    salt = secrets.token_hex(16)
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return salt, digest


def check_password(user: PartnerUser, password: str) -> bool:
    candidate = hashlib.sha256((user.password_salt + password).encode("utf-8")).hexdigest()
    return hmac.compare_digest(candidate, user.password_hash)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if not email or len(password) < 12:
        abort(400, "email and a password of at least 12 characters are required")
    db = _db()
    if db.scalar(select(PartnerUser).where(PartnerUser.email == email)):
        abort(409, "partner user already exists")
    salt, digest = make_password_record(password)
    user = PartnerUser(
        email=email,
        organisation=data.get("organisation", ""),
        password_salt=salt,
        password_hash=digest,
    )
    db.add(user)
    db.commit()
    return jsonify({"id": user.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    user = _db().scalar(select(PartnerUser).where(PartnerUser.email == email))
    if user is None or not check_password(user, data.get("password") or ""):
        abort(401, "invalid credentials")
    session.clear()
    session["partner_user_id"] = user.id
    return jsonify({"organisation": user.organisation})


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
