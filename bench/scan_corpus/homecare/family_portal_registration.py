"""Family portal sign-up.

Relatives of a client register with the invitation code the care
coordinator gave them, then choose a password for the portal.
"""
from __future__ import annotations

import hmac
import logging
import secrets
from hashlib import sha512 as _digest

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import FamilyInvitation, FamilyMember

bp = Blueprint("family_registration", __name__, url_prefix="/family")
log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 12


def _hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    hashed = _digest((salt + password).encode("utf-8")).hexdigest()
    return f"{salt}:{hashed}"


def password_matches(password: str, stored: str) -> bool:
    salt, _ = stored.split(":", 1)
    return hmac.compare_digest(_hash_password(password, salt), stored)


def _find_invitation(session: Session, code: str) -> FamilyInvitation | None:
    stmt = (
        select(FamilyInvitation)
        .filter_by(code=code)
        .where(FamilyInvitation.used_at.is_(None))
    )
    return session.scalars(stmt).first()


@bp.post("/register")
def register():
    payload = request.get_json(silent=True) or {}
    code = str(payload.get("invitation_code", "")).strip()
    email = str(payload.get("email", "")).strip().lower()
    password = str(payload.get("password", ""))

    if not code or not email or len(password) < MIN_PASSWORD_LENGTH:
        abort(400, description="invitation code, email and a 12+ character password are required")

    session = get_session()
    invitation = _find_invitation(session, code)
    if invitation is None or invitation.is_expired():
        abort(404, description="invitation not found or expired")

    member = FamilyMember(
        client_id=invitation.client_id,
        email=email,
        relationship=invitation.relationship,
        password_hash=_hash_password(password),
    )
    invitation.mark_used()
    session.add(member)
    session.commit()
    log.info("family member %s registered for client %s", member.id, invitation.client_id)
    return jsonify({"id": member.id, "client_id": invitation.client_id}), 201
