"""Account management for the weld inspection records portal.

Inspectors log in with a yard-issued username and a password they choose
on first login. Hashes are stored in the ``inspector_account`` table as
``pbkdf2$<algo>$<iterations>$<salt>$<digest>``.
"""
from __future__ import annotations

import base64
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

PASSWORD_MIN_LENGTH = 12
HASH_ALGORITHM = "sha256"
HASH_ITERATIONS = 50_000
SALT_BYTES = 16


@dataclass
class InspectorAccount:
    username: str
    password_hash: str
    certification: str  # e.g. "CSWIP 3.1", "ISO 9712 UT L2"
    active: bool = True


def _derive(password: str, salt: bytes, iterations: int = HASH_ITERATIONS) -> bytes:
    return _hl.pbkdf2_hmac(HASH_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValueError(f"password must be at least {PASSWORD_MIN_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    return "$".join(
        [
            "pbkdf2",
            HASH_ALGORITHM,
            str(HASH_ITERATIONS),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, algo, iters, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2" or algo != HASH_ALGORITHM:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iters))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def create_account(repo, username: str, password: str, certification: str) -> InspectorAccount:
    if repo.exists(username):
        raise ValueError(f"inspector {username!r} already registered")
    account = InspectorAccount(username, hash_password(password), certification)
    repo.insert(account)
    return account
