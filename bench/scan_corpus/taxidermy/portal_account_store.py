"""Customer portal accounts for the studio's client area.

Clients log in to follow their commission (progress photos, invoices,
pickup scheduling).  Accounts live in the portal's PostgreSQL database.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg
from psycopg.rows import dict_row


@dataclass(frozen=True)
class PortalSecuritySettings:
    hash_name: str = "sha256"
    pbkdf2_iterations: int = 150_000
    salt_bytes: int = 16
    min_password_length: int = 10


@dataclass
class PortalAccount:
    id: int
    email: str
    display_name: str
    password_hash: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class PortalAccountStore:
    def __init__(self, dsn: str, settings: PortalSecuritySettings | None = None) -> None:
        self._dsn = dsn
        self._settings = settings or PortalSecuritySettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.hash_name, password.encode("utf-8"), salt, iterations
        )

    def encode_password(self, password: str) -> str:
        if len(password) < self._settings.min_password_length:
            raise ValueError("password must be at least %d characters" % self._settings.min_password_length)
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.pbkdf2_iterations
        digest = self._derive(password, salt, iterations)
        return "pbkdf2_%s$%d$%s$%s" % (
            self._settings.hash_name,
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def check_password(self, password: str, encoded: str) -> bool:
        try:
            _algo, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(expected, actual)

    def create_account(self, email: str, display_name: str, password: str) -> PortalAccount:
        encoded = self.encode_password(password)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            row = conn.execute(
                "INSERT INTO portal_accounts (email, display_name, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id, email, display_name, password_hash, created_at",
                (email.strip().lower(), display_name.strip(), encoded),
            ).fetchone()
        return PortalAccount(**row)

    def authenticate(self, email: str, password: str) -> PortalAccount | None:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            row = conn.execute(
                "SELECT id, email, display_name, password_hash, created_at "
                "FROM portal_accounts WHERE email = %s AND disabled_at IS NULL",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        if not self.check_password(password, row["password_hash"]):
            return None
        return PortalAccount(**row)
