"""Customer portal accounts for the marquee hire booking site.

Customers sign in to review quotes, pay deposits and upload photos of the
ground where the marquee will go. Accounts live in the bookings database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, replace
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, settings: HashSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return f"{SETTINGS.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    iterations, salt_hex, digest_hex = stored.split("$")
    settings = replace(SETTINGS, iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate.hex(), digest_hex)


class CustomerAccounts:
    """Thin repository over the ``customers`` table."""

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS customers ("
            " id INTEGER PRIMARY KEY,"
            " email TEXT UNIQUE NOT NULL,"
            " company TEXT,"
            " password_hash TEXT NOT NULL)"
        )

    def register(self, email: str, password: str, company: str = "") -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        cur = self._conn.execute(
            "INSERT INTO customers (email, company, password_hash) VALUES (?, ?, ?)",
            (email.strip().lower(), company, hash_password(password)),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT id, password_hash FROM customers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        customer_id, stored = row
        return customer_id if verify_password(password, stored) else None

    def change_password(self, customer_id: int, new_password: str) -> None:
        self._conn.execute(
            "UPDATE customers SET password_hash = ? WHERE id = ?",
            (hash_password(new_password), customer_id),
        )
        self._conn.commit()
