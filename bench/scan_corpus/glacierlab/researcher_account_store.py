"""Researcher account storage for the GlacierLab data portal.

Accounts live in the portal's PostgreSQL database. Passwords are stored as
PBKDF2 digests in the ``pbkdf2_<algo>$<iterations>$<salt>$<hash>`` format so
that the field-laptop sync tool can verify them while offline at camp.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    digest = hashlib.pbkdf2_hmac(
        scheme.removeprefix("pbkdf2_"),
        password.encode("utf-8"),
        base64.b64decode(salt_b64),
        int(iterations),
    )
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


class ResearcherAccountStore:
    """Thin data-access layer over the ``researchers`` table."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, email: str, full_name: str, password: str, institution: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO researchers (email, full_name, institution, password_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.strip().lower(), full_name, institution, hash_password(password)),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash, disabled FROM researchers WHERE email = %s",
                (email.strip().lower(),),
            ).fetchone()
        if row is None or row[2]:
            return None
        return row[0] if verify_password(password, row[1]) else None

    def change_password(self, researcher_id: int, old: str, new: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT password_hash FROM researchers WHERE id = %s", (researcher_id,)
            ).fetchone()
            if row is None or not verify_password(old, row[0]):
                return False
            conn.execute(
                "UPDATE researchers SET password_hash = %s, password_changed_at = now() "
                "WHERE id = %s",
                (hash_password(new), researcher_id),
            )
        return True
