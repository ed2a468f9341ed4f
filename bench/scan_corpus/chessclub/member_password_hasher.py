"""Password hashing for club member accounts, with transparent upgrades.

Older accounts imported from the previous club website carry PBKDF2 hashes;
they are re-hashed with Argon2id on the next successful login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_argon = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, type=Type.ID)

LEGACY_PREFIX = "pbkdf2_sha256$"


@dataclass
class VerifyResult:
    ok: bool
    new_hash: str | None = None


def hash_password(password: str) -> str:
    return _argon.hash(password)


def _verify_legacy(stored: str, password: str) -> bool:
    _prefix, iterations, salt_b64, digest_b64 = stored.split("$")
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def verify_password(stored: str, password: str) -> VerifyResult:
    """Check a password; return a replacement hash when the stored one is outdated."""
    if stored.startswith(LEGACY_PREFIX):
        if not _verify_legacy(stored, password):
            return VerifyResult(ok=False)
        return VerifyResult(ok=True, new_hash=hash_password(password))

    try:
        _argon.verify(stored, password)
    except VerifyMismatchError:
        return VerifyResult(ok=False)
    except (VerificationError, InvalidHashError):
        return VerifyResult(ok=False)

    if _argon.check_needs_rehash(stored):
        return VerifyResult(ok=True, new_hash=hash_password(password))
    return VerifyResult(ok=True)


class MemberPasswords:
    """Thin repository wrapper used by the login view."""

    def __init__(self, engine):
        self._engine = engine

    def login(self, email: str, password: str) -> int | None:
        from sqlalchemy import text

        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM members WHERE email = :e AND active"),
                {"e": email.lower()},
            ).first()
            if row is None:
                return None
            result = verify_password(row.password_hash, password)
            if not result.ok:
                return None
            if result.new_hash:
                conn.execute(
                    text("UPDATE members SET password_hash = :h WHERE id = :id"),
                    {"h": result.new_hash, "id": row.id},
                )
        return row.id
