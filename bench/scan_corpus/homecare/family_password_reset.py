"""Password reset for family portal users.

A six-digit code is emailed to the relative and kept in Redis for fifteen
minutes. The relative enters the code together with a new password.
"""
from __future__ import annotations

import logging
import secrets

import redis
from argon2 import PasswordHasher
from flask import Blueprint, abort, current_app, jsonify, request

from .mail import send_reset_email
from .models import FamilyMember, db

bp = Blueprint("family_reset", __name__, url_prefix="/family/password")
log = logging.getLogger(__name__)
hasher = PasswordHasher()

CODE_TTL_SECONDS = 15 * 60
MAX_ATTEMPTS = 5


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


@bp.post("/forgot")
def forgot():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip().lower()
    member = FamilyMember.query.filter_by(email=email).first()
    if member is not None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        _store().set(f"family-reset:{member.id}", code, ex=CODE_TTL_SECONDS)
        send_reset_email(member.email, code)
        log.info("reset code sent to family member %s", member.id)
    return jsonify({"status": "if the address is registered, a code has been sent"}), 202


@bp.post("/reset")
def reset():
    payload = request.get_json(silent=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    submitted = str(payload.get("code", "")).strip()
    new_password = str(payload.get("new_password", ""))
    if len(new_password) < 12:
        abort(400, description="password must be at least 12 characters")

    member = FamilyMember.query.filter_by(email=email).first()
    if member is None:
        abort(400, description="invalid code")

    store = _store()
    attempts = store.incr(f"family-reset-attempts:{member.id}")
    store.expire(f"family-reset-attempts:{member.id}", CODE_TTL_SECONDS)
    if attempts > MAX_ATTEMPTS:
        abort(429, description="too many attempts")

    stored = store.get(f"family-reset:{member.id}")
    if stored is None or stored.decode("ascii") != submitted:
        abort(400, description="invalid code")

    member.password_hash = hasher.hash(new_password)
    db.session.commit()
    store.delete(f"family-reset:{member.id}", f"family-reset-attempts:{member.id}")
    log.info("family member %s reset their password", member.id)
    return jsonify({"status": "password updated"})
