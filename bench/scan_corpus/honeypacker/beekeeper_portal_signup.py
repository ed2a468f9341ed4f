"""Self-service sign-up for beekeepers joining the supplier programme.

New beekeepers register, upload their apiary registration number and wait
for the intake office to approve them before delivering honey.
"""
from __future__ import annotations

import hashlib
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError
from flask import Blueprint, jsonify, request
import redis

bp = Blueprint("signup", __name__, url_prefix="/suppliers")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)
_limits = redis.Redis.from_url(os.environ["RATE_LIMIT_REDIS_URL"])

SIGNUPS_PER_HOUR = 5


def _rate_key(email: str) -> str:
    return "signup:" + hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError):
        return False


def needs_upgrade(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


@bp.post("/signup")
def signup():
    from .models import PendingBeekeeper, db

    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    apiary_no = str(data.get("apiary_registration", "")).strip()
    if "@" not in email or len(password) < 12 or not apiary_no:
        return jsonify(error="email, password (12+ chars) and apiary registration are required"), 400

    key = _rate_key(email)
    attempts = _limits.incr(key)
    if attempts == 1:
        _limits.expire(key, 3600)
    if attempts > SIGNUPS_PER_HOUR:
        return jsonify(error="too many attempts, try again later"), 429

    if PendingBeekeeper.query.filter_by(email=email).first():
        return jsonify(error="already registered"), 409
    db.session.add(
        PendingBeekeeper(email=email, apiary_registration=apiary_no, password_hash=hash_password(password))
    )
    db.session.commit()
    return jsonify(status="pending_approval"), 201
