"""Instructor account storage for the instructor tablet app.

Instructors sign in on the shared tablets at the launch platforms, so the
accounts live in the park's Postgres database next to their certification
dates.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


@dataclass
class Instructor:
    id: int
    email: str
    full_name: str
    certified_until: date

    @property
    def certification_valid(self) -> bool:
        return self.certified_until >= date.today()


class InstructorAccounts:
    def __init__(self, dsn: str, policy: HashingPolicy | None = None) -> None:
        self._dsn = dsn
        self._policy = policy or HashingPolicy()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "$".join(
            [f"pbkdf2_{self._policy.algorithm}", str(self._policy.iterations), salt.hex(), digest.hex()]
        )

    def create(self, email: str, full_name: str, password: str, certified_until: date) -> int:
        salt = os.urandom(self._policy.salt_bytes)
        encoded = self._encode(salt, self._derive(password, salt, self._policy.iterations))
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO instructors (email, full_name, password_hash, certified_until) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.strip().lower(), full_name, encoded, certified_until),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> Optional[Instructor]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, email, full_name, certified_until, password_hash "
                "FROM instructors WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        _, iterations, salt_hex, digest_hex = row[4].split("$")
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        if not hmac.compare_digest(candidate, bytes.fromhex(digest_hex)):
            return None
        return Instructor(id=row[0], email=row[1], full_name=row[2], certified_until=row[3])

    def set_password(self, instructor_id: int, new_password: str) -> None:
        salt = os.urandom(self._policy.salt_bytes)
        encoded = self._encode(salt, self._derive(new_password, salt, self._policy.iterations))
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE instructors SET password_hash = %s, password_changed_at = now() WHERE id = %s",
                (encoded, instructor_id),
            )
