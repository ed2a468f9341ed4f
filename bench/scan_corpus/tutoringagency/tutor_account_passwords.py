"""Password storage for tutor accounts in the agency back office."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


def _encode(salt: bytes, digest: bytes, iterations: int) -> str:
    return "pbkdf2_sha256${}${}${}".format(
        iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def hash_password(password: str, settings: HashingSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return _encode(salt, digest, settings.iterations)


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


class TutorAccountStore:
    """Thin wrapper over the tutors table used by the staff admin screens."""

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def set_password(self, tutor_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self._conn:
            self._conn.execute(
                "UPDATE tutors SET password_hash = ?, password_changed_at = CURRENT_TIMESTAMP "
                "WHERE id = ?",
                (hash_password(password), tutor_id),
            )

    def check_login(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM tutors WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not row[1]:
            return None
        tutor_id, encoded = row
        return tutor_id if verify_password(password, encoded) else None

    def close(self) -> None:
        self._conn.close()
