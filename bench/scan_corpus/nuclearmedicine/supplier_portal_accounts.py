"""Account store for the isotope supplier ordering portal.

Buyers from partner hospitals sign in to place Mo-99/Tc-99m generator and
F-18 FDG orders. Credentials are kept in the portal's PostgreSQL database.
"""
from __future__ import annotations

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


class PortalAccountStore:
    """Create and authenticate supplier-portal buyer accounts."""

    def __init__(self, dsn: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._dsn = dsn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, salt: bytes, iterations: int, digest: bytes) -> str:
        return f"pbkdf2_{self._settings.algorithm}${iterations}${salt.hex()}${digest.hex()}"

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        return self._encode(salt, iterations, self._derive(password, salt, iterations))

    def verify_password(self, password: str, stored: str) -> bool:
        try:
            scheme, iterations, salt_hex, digest_hex = stored.split("$")
        except ValueError:
            return False
        if not scheme.startswith("pbkdf2_"):
            return False
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))

    def create_buyer(self, email: str, hospital_code: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO portal_buyers (email, hospital_code, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.strip().lower(), hospital_code, self.hash_password(password)),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM portal_buyers WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        buyer_id, stored = row
        return buyer_id if self.verify_password(password, stored) else None

    def reset_password(self, buyer_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE portal_buyers SET password_hash = %s, updated_at = now() WHERE id = %s",
                (self.hash_password(new_password), buyer_id),
            )
