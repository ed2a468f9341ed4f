"""Staff accounts for the crew app (deckhands, graders, lab technicians)."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


@dataclass
class StaffAccount:
    staff_id: int
    username: str
    role: str


class StaffAccountStore:
    """Creates and checks crew logins stored in the farm's local database."""

    def __init__(self, db_path: str, policy: PasswordPolicy | None = None) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._policy = policy or PasswordPolicy()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "$".join(
            ["pbkdf2_" + self._policy.algorithm, str(self._policy.iterations), salt.hex(), digest.hex()]
        )

    def create(self, username: str, role: str, password: str) -> StaffAccount:
        if len(password) < self._policy.min_length:
            raise ValueError("password must be at least %d characters" % self._policy.min_length)
        if role not in {"deckhand", "grader", "lab", "manager"}:
            raise ValueError(f"unknown role {role!r}")
        salt = os.urandom(self._policy.salt_bytes)
        stored = self._encode(salt, self._derive(password, salt, self._policy.iterations))
        cur = self._conn.execute(
            "INSERT INTO staff (username, role, password_hash) VALUES (?, ?, ?)",
            (username, role, stored),
        )
        self._conn.commit()
        return StaffAccount(cur.lastrowid, username, role)

    def verify(self, username: str, password: str) -> StaffAccount | None:
        row = self._conn.execute(
            "SELECT id, username, role, password_hash FROM staff WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        _scheme, iterations, salt_hex, digest_hex = row["password_hash"].split("$")
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        if not hmac.compare_digest(candidate, bytes.fromhex(digest_hex)):
            return None
        return StaffAccount(row["id"], row["username"], row["role"])

    def close(self) -> None:
        self._conn.close()
