"""Tenant portal account registration and password verification."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class PasswordSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


SETTINGS = PasswordSettings()


class WeakPasswordError(ValueError):
    pass


def _derive(password: str, salt: bytes, settings: PasswordSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
    )


def encode_password(password: str, settings: PasswordSettings = SETTINGS) -> str:
    if len(password) < settings.min_length:
        raise WeakPasswordError(f"password must be at least {settings.min_length} characters")
    salt = os.urandom(settings.salt_bytes)
    digest = _derive(password, salt, settings)
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    settings = PasswordSettings(algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class TenantAccountStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def register(self, email: str, password: str, unit_number: str) -> int:
        encoded = encode_password(password)
        cur = self._conn.execute(
            "INSERT INTO tenant_accounts (email, password_hash, unit_number, created_at) "
            "VALUES (?, ?, ?, ?)",
            (email.lower().strip(), encoded, unit_number, datetime.now(timezone.utc).isoformat()),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM tenant_accounts WHERE email = ?",
            (email.lower().strip(),),
        ).fetchone()
        if row is None:
            return None
        if not check_password(password, row["password_hash"]):
            return None
        return int(row["id"])

    def change_password(self, account_id: int, new_password: str) -> None:
        self._conn.execute(
            "UPDATE tenant_accounts SET password_hash = ? WHERE id = ?",
            (encode_password(new_password), account_id),
        )
        self._conn.commit()
