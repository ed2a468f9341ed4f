"""Member account storage for the club portal.

Accounts live in the club's PostgreSQL database; passwords are stored as
PBKDF2 digests together with a per-member salt.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH = HashSettings()


def _encode(salt: bytes, digest: bytes, settings: HashSettings) -> str:
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


class MemberAccountStore:
    """Creates members and checks their portal passwords."""

    def __init__(self, dsn: str, settings: HashSettings = DEFAULT_HASH) -> None:
        self._dsn = dsn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return _encode(salt, digest, self._settings)

    def verify_password(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if not scheme.startswith("pbkdf2_"):
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def create_member(self, email: str, full_name: str, password: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO members (email, full_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.strip().lower(), full_name, self.hash_password(password)),
            ).fetchone()
            return row[0]

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM members WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        member_id, encoded = row
        return member_id if self.verify_password(password, encoded) else None
