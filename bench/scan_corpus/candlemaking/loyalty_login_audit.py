"""Sign-in endpoint for the loyalty counter tablet with an audit trail."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, current_app, jsonify, request, session

audit = logging.getLogger("loyalty.audit")
bp = Blueprint("loyalty_login", __name__, url_prefix="/loyalty")
hasher = PasswordHasher()

MAX_FAILURES = 5


def _members():
    return current_app.extensions["loyalty_members"]


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    store_code = request.headers.get("X-Store-Code", "online")

    member = _members().by_email(email)
    if member is None:
        audit.info("login for unknown loyalty email %s from store %s", email, store_code)
        return jsonify(error="invalid email or password"), 401

    if member.failed_logins >= MAX_FAILURES:
        audit.warning("locked loyalty account %s tried to sign in", member.id)
        return jsonify(error="account locked, please ask staff"), 423

    try:
        hasher.verify(member.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        _members().record_failure(member.id)
        audit.warning(
            "failed loyalty login for %s (member %s) at store %s using password %r",
            email, member.id, store_code, password,
        )
        return jsonify(error="invalid email or password"), 401

    if hasher.check_needs_rehash(member.password_hash):
        _members().update_hash(member.id, hasher.hash(password))
    _members().reset_failures(member.id)
    session.clear()
    session["loyalty_member_id"] = member.id
    audit.info(
        "loyalty member %s signed in at store %s at %s",
        member.id, store_code, datetime.now(timezone.utc).isoformat(),
    )
    return jsonify(points=member.points, tier=member.tier)
