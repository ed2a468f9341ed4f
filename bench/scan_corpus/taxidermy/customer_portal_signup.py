"""Customer self-registration for the client portal.

A customer receives an invitation with their commission number at intake
and uses it to create a portal login.
"""
from __future__ import annotations

import hashlib
import logging

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select

from .db import db_session
from .models import Commission, PortalUser

bp = Blueprint("portal_signup", __name__, url_prefix="/portal")
log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


def avatar_url(email: str) -> str:
    digest = hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
    return f"https://gravatar.com/avatar/{digest}?d=identicon&s=96"


@bp.post("/signup")
def signup():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    commission_number = str(body.get("commission_number", "")).strip()

    if "@" not in email or len(password) < 10:
        abort(400)

    commission = db_session.scalar(
        select(Commission).where(Commission.number == commission_number)
    )
    if commission is None or commission.customer.email.lower() != email:
        abort(404)
    if db_session.scalar(select(PortalUser).where(PortalUser.email == email)):
        return jsonify(error="account already exists"), 409

    user = PortalUser(
        email=email,
        customer_id=commission.customer_id,
        password_hash=_hasher.hash(password),
        avatar=avatar_url(email),
    )
    db_session.add(user)
    db_session.commit()
    log.info("portal account created for customer %s", commission.customer_id)
    return jsonify(id=user.id, avatar=user.avatar), 201


def authenticate(email: str, password: str) -> PortalUser | None:
    user = db_session.scalar(select(PortalUser).where(PortalUser.email == email.strip().lower()))
    if user is None:
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        db_session.commit()
    return user
