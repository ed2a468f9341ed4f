"""Staff account storage for the nursery back office.

Greenhouse crew, shop assistants and workshop instructors log in to the back
office to adjust stock and manage bookings. Accounts live in the shared
PostgreSQL database next to the inventory tables.
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


DEFAULT_HASH_SETTINGS = HashSettings()


def _encode(settings: HashSettings, salt: bytes, digest: bytes) -> str:
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def hash_password(password: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return _encode(settings, salt, digest)


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


class StaffAccountStore:
    """Thin data-access layer over the ``staff_accounts`` table."""

    def __init__(self, dsn: str):
        self._dsn = dsn

    def create(self, email: str, full_name: str, role: str, password: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO staff_accounts (email, full_name, role, password_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.lower(), full_name, role, hash_password(password)),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash, active FROM staff_accounts WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None or not row[2]:
            return None
        return row[0] if verify_password(password, row[1]) else None

    def change_password(self, staff_id: int, new_password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE staff_accounts SET password_hash = %s, updated_at = now() WHERE id = %s",
                (hash_password(new_password), staff_id),
            )

    def deactivate(self, staff_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute("UPDATE staff_accounts SET active = false WHERE id = %s", (staff_id,))
