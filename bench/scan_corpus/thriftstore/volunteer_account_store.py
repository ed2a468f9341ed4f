"""Volunteer account storage for the shop back-office.

Volunteers sign in to the stock intake tablets and the rota planner with an
email address and a password.  Accounts live in the shared Postgres database
next to the rota tables.
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
class VolunteerAuthSettings:
    dsn: str
    hash_name: str = "sha256"
    pbkdf2_rounds: int = 100_000
    salt_bytes: int = 16

    @classmethod
    def from_env(cls) -> "VolunteerAuthSettings":
        return cls(dsn=os.environ["VOLUNTEER_DB_DSN"])


class VolunteerAccountStore:
    """Create volunteer accounts and check their passwords."""

    def __init__(self, settings: VolunteerAuthSettings) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.hash_name,
            password.encode("utf-8"),
            salt,
            rounds,
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        rounds = self._settings.pbkdf2_rounds
        digest = self._derive(password, salt, rounds)
        return "pbkdf2_%s$%d$%s$%s" % (
            self._settings.hash_name,
            rounds,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create(self, email: str, display_name: str, password: str, shop_code: str) -> int:
        encoded = self._encode(password)
        with psycopg.connect(self._settings.dsn) as conn:
            row = conn.execute(
                "INSERT INTO volunteers (email, display_name, password_hash, shop_code) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.strip().lower(), display_name, encoded, shop_code),
            ).fetchone()
        return row[0]

    def change_password(self, volunteer_id: int, new_password: str) -> None:
        encoded = self._encode(new_password)
        with psycopg.connect(self._settings.dsn) as conn:
            conn.execute(
                "UPDATE volunteers SET password_hash = %s WHERE id = %s",
                (encoded, volunteer_id),
            )

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._settings.dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM volunteers WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        volunteer_id, stored = row
        _, rounds, salt_b64, digest_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        if hmac.compare_digest(candidate, base64.b64decode(digest_b64)):
            return volunteer_id
        return None
