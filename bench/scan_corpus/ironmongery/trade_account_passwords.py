"""Password storage for trade account users of the ordering portal.

Trade customers (joiners, shopfitters, facilities teams) log in to place
orders against their credit account. Hashes are stored in the
``trade_users`` table as ``pbkdf2_<alg>$<iterations>$<salt>$<hash>``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


class TradePasswordHasher:
    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm, self.settings.iterations, _b64(salt), _b64(digest)
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt, expected = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        digest = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), _unb64(salt), int(iterations)
        )
        return hmac.compare_digest(digest, _unb64(expected))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self.settings.iterations


class TradeUserStore:
    def __init__(self, conn: sqlite3.Connection, hasher: TradePasswordHasher | None = None) -> None:
        self.conn = conn
        self.hasher = hasher or TradePasswordHasher()

    def register(self, account_no: str, email: str, password: str) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        cur = self.conn.execute(
            "INSERT INTO trade_users (account_no, email, password_hash) VALUES (?, ?, ?)",
            (account_no, email.lower(), self.hasher.hash(password)),
        )
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash FROM trade_users WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None or not self.hasher.verify(password, row[1]):
            return None
        if self.hasher.needs_rehash(row[1]):
            self.conn.execute(
                "UPDATE trade_users SET password_hash = ? WHERE id = ?",
                (self.hasher.hash(password), row[0]),
            )
            self.conn.commit()
        return row[0]
