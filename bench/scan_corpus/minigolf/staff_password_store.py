"""Password hashing and lookup for venue staff accounts (rota app, kiosk back office)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(digest, _unb64(expected))


class StaffAccountRepository:
    """Thin data-access layer over the venue staff table."""

    def __init__(self, db_path: str, policy: HashPolicy = DEFAULT_POLICY) -> None:
        self._conn = sqlite3.connect(db_path)
        self._policy = policy
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " username TEXT PRIMARY KEY, venue_id INTEGER NOT NULL,"
            " role TEXT NOT NULL, password_hash TEXT NOT NULL)"
        )

    def create(self, username: str, password: str, venue_id: int, role: str = "host") -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO staff (username, venue_id, role, password_hash) VALUES (?, ?, ?, ?)",
                (username, venue_id, role, encode_password(password, self._policy)),
            )

    def authenticate(self, username: str, password: str) -> Optional[dict]:
        row = self._conn.execute(
            "SELECT username, venue_id, role, password_hash FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None or not check_password(password, row[3]):
            return None
        return {"username": row[0], "venue_id": row[1], "role": row[2]}

    def change_password(self, username: str, new_password: str) -> bool:
        with self._conn:
            cur = self._conn.execute(
                "UPDATE staff SET password_hash = ? WHERE username = ?",
                (encode_password(new_password, self._policy), username),
            )
        return cur.rowcount == 1

    def close(self) -> None:
        self._conn.close()
