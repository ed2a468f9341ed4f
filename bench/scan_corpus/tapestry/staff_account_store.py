"""Staff accounts for the studio's back-office tools (intake desk, photo archive, invoicing)."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class StaffAccountStore:
    """Keeps conservator and registrar logins in the studio database."""

    def __init__(self, db_path: str, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._db_path = db_path
        self._policy = policy

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            self._policy.iterations,
        )

    def create(self, email: str, full_name: str, role: str, password: str) -> int:
        if role not in {"conservator", "registrar", "photographer", "admin"}:
            raise ValueError(f"unknown role {role!r}")
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO staff (email, full_name, role, salt, pw_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    email.lower(),
                    full_name,
                    role,
                    salt.hex(),
                    digest.hex(),
                    datetime.now(timezone.utc).isoformat(),
                ),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, full_name, role, salt, pw_hash FROM staff WHERE email = ?",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, bytes.fromhex(row["salt"]))
        if not hmac.compare_digest(candidate, bytes.fromhex(row["pw_hash"])):
            return None
        return {"id": row["id"], "name": row["full_name"], "role": row["role"]}

    def change_password(self, staff_id: int, new_password: str) -> None:
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE staff SET salt = ?, pw_hash = ? WHERE id = ?",
                (salt.hex(), digest.hex(), staff_id),
            )
