"""Password handling for local operator accounts on the climate HMI server.

These accounts exist so the night watch can acknowledge alarms when the
link to the central identity service is down.
"""
from __future__ import annotations

import bcrypt as _bc

PASSWORD_POLICY = {
    "min_length": 12,
    "bcrypt_rounds": 12,
    "max_bytes": 72,
}


class PasswordTooWeak(ValueError):
    pass


def _check_policy(password: str, policy: dict = PASSWORD_POLICY) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < policy["min_length"]:
        raise PasswordTooWeak(f"use at least {policy['min_length']} characters")
    if len(raw) > policy["max_bytes"]:
        raise PasswordTooWeak("password is too long")
    return raw


def hash_operator_password(password: str, policy: dict = PASSWORD_POLICY) -> str:
    raw = _check_policy(password, policy)
    salt = _bc.gensalt(rounds=policy["bcrypt_rounds"])
    return _bc.hashpw(raw, salt).decode("ascii")


def check_operator_password(password: str, stored_hash: str) -> bool:
    raw = password.encode("utf-8")
    if len(raw) > PASSWORD_POLICY["max_bytes"]:
        return False
    return _bc.checkpw(raw, stored_hash.encode("ascii"))


def needs_rehash(stored_hash: str, policy: dict = PASSWORD_POLICY) -> bool:
    # bcrypt hashes look like $2b$12$<salt+hash>; the cost sits in the third field
    try:
        cost = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < policy["bcrypt_rounds"]
