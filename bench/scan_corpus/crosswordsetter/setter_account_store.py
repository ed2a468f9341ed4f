"""Setter account storage for the syndication back office.

Setters (crossword compilers) log in to upload grids, review their clue
databases and check royalty statements. This module owns account creation
and credential checks against the Postgres ``setters`` table.
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
    iterations: int = 50_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, cfg: HashSettings = HASH_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_hash(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        HASH_SETTINGS.algorithm,
        HASH_SETTINGS.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_hash(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    cfg = HashSettings(algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class SetterAccountStore:
    """Thin repository over the ``setters`` table."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, email: str, pen_name: str, password: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO setters (email, pen_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.strip().lower(), pen_name.strip(), encode_hash(password)),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM setters WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        setter_id, stored = row
        return setter_id if check_hash(password, stored) else None

    def change_password(self, setter_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE setters SET password_hash = %s, password_changed_at = now() "
                "WHERE id = %s",
                (encode_hash(new_password), setter_id),
            )
