"""Credential handling for trade counter staff and portal users.

Passwords are hashed with bcrypt. Failed logins are throttled per username;
the throttle key is a digest of the normalised username so raw email
addresses do not end up as Redis keys.
"""
from __future__ import annotations

import hashlib
import os

import bcrypt
import redis

BCRYPT_SETTINGS = {"rounds": int(os.environ.get("BCRYPT_ROUNDS", "12"))}
if BCRYPT_SETTINGS["rounds"] < 12:
    raise RuntimeError("BCRYPT_ROUNDS must be at least 12")

MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 15 * 60

_redis = redis.Redis.from_url(os.environ["REDIS_URL"])


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(**BCRYPT_SETTINGS))


def check_password(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored)


def _throttle_key(username: str) -> str:
    digest = hashlib.sha256(username.strip().lower().encode("utf-8")).hexdigest()
    return f"login-fail:{digest}"


def is_locked_out(username: str) -> bool:
    attempts = _redis.get(_throttle_key(username))
    return attempts is not None and int(attempts) >= MAX_ATTEMPTS


def record_failure(username: str) -> None:
    key = _throttle_key(username)
    pipe = _redis.pipeline()
    pipe.incr(key)
    pipe.expire(key, LOCKOUT_SECONDS)
    pipe.execute()


def clear_failures(username: str) -> None:
    _redis.delete(_throttle_key(username))
