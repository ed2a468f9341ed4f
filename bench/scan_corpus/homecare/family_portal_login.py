"""Login and logout for the family portal.

Relatives sign in with email and password to see visit times, carer
names and the daily notes the client has agreed to share.
"""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, jsonify, request, session

from .models import FamilyMember, db
from .ratelimit import limiter

bp = Blueprint("family_auth", __name__, url_prefix="/family")
log = logging.getLogger("family.auth")
hasher = PasswordHasher()


def _check(member: FamilyMember | None, password: str) -> bool:
    if member is None:
        return False
    try:
        hasher.verify(member.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if hasher.check_needs_rehash(member.password_hash):
        member.password_hash = hasher.hash(password)
        db.session.commit()
    return True


@bp.post("/login")
@limiter.limit("10 per minute")
def login():
    form = request.form.to_dict()
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")
    member = FamilyMember.query.filter_by(email=email, active=True).first()

    if not _check(member, password):
        log.warning("family portal login failed: %s", form)
        return jsonify({"error": "email or password not recognised"}), 401

    session.clear()
    session["family_member_id"] = member.id
    session["client_id"] = member.client_id
    session.permanent = True
    log.info("family member %s signed in", member.id)
    return jsonify({"client_id": member.client_id})


@bp.post("/logout")
def logout():
    member_id = session.get("family_member_id")
    session.clear()
    if member_id:
        log.info("family member %s signed out", member_id)
    return jsonify({"status": "signed out"})
