"""Credential handling for label staff accounts on the ordering portal.

Passwords are stored as PBKDF2-HMAC-SHA256 digests; the iteration count is
stored alongside each digest so it can be raised without a migration.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, settings: KdfSettings = KDF) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> tuple[bool, bool]:
    """Return (valid, needs_rehash)."""
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    valid = hmac.compare_digest(candidate, base64.b64decode(digest_b64))
    return valid, valid and int(iterations) < KDF.iterations


def login_bucket(email: str) -> str:
    """Rate-limit bucket key for login attempts (not a credential)."""
    return "login:" + hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()[:24]


class LabelAccounts:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def register(self, label_id: int, email: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO label_users (label_id, email, pw_hash) VALUES (:l, :e, :h)"),
                {"l": label_id, "e": email.strip().lower(), "h": hash_password(password)},
            )

    def authenticate(self, email: str, password: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, pw_hash FROM label_users WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
            if row is None:
                return None
            valid, needs_rehash = check_password(password, row.pw_hash)
            if not valid:
                return None
            if needs_rehash:
                conn.execute(
                    text("UPDATE label_users SET pw_hash = :h WHERE id = :i"),
                    {"h": hash_password(password), "i": row.id},
                )
            return row.id
