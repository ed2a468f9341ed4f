"""Member account storage for the club website.

Accounts live in the club's PostgreSQL database; this module owns the
password handling and the small amount of SQL around it.
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
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASHING = HashingSettings()


@dataclass
class Member:
    id: int
    email: str
    display_name: str
    fide_id: Optional[int]


class MemberAccountStore:
    """Creates members and checks their login passwords."""

    def __init__(self, conninfo: str, hashing: HashingSettings = DEFAULT_HASHING):
        self._conninfo = conninfo
        self._hashing = hashing

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._hashing.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "pbkdf2_%s$%d$%s$%s" % (
            self._hashing.algorithm,
            self._hashing.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create_member(
        self, email: str, display_name: str, password: str, fide_id: Optional[int] = None
    ) -> Member:
        salt = os.urandom(self._hashing.salt_bytes)
        digest = self._derive(password, salt, self._hashing.iterations)
        encoded = self._encode(salt, digest)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO members (email, display_name, password_hash, fide_id) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.lower(), display_name, encoded, fide_id),
            ).fetchone()
        return Member(id=row[0], email=email.lower(), display_name=display_name, fide_id=fide_id)

    def check_password(self, email: str, password: str) -> Optional[Member]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, display_name, password_hash, fide_id FROM members WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        member_id, display_name, stored, fide_id = row
        _scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        if not hmac.compare_digest(candidate, expected):
            return None
        return Member(id=member_id, email=email.lower(), display_name=display_name, fide_id=fide_id)

    def change_password(self, member_id: int, new_password: str) -> None:
        salt = os.urandom(self._hashing.salt_bytes)
        encoded = self._encode(salt, self._derive(new_password, salt, self._hashing.iterations))
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE members SET password_hash = %s WHERE id = %s",
                (encoded, member_id),
            )
