"""Crew account registration and login for the crew mobile app backend."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


class CrewAccountService:
    """Stores crew logins for shooters, loaders and site supervisors."""

    def __init__(self, db_path: str, settings: HashingSettings = SETTINGS) -> None:
        self._db_path = db_path
        self._settings = settings

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, email: str, full_name: str, role: str, password: str) -> int:
        if role not in {"shooter", "loader", "supervisor"}:
            raise ValueError(f"unknown crew role: {role}")
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO crew_accounts (email, full_name, role, salt, pw_hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (email.lower(), full_name, role, salt, digest),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, role, salt, pw_hash, disabled FROM crew_accounts WHERE email = ?",
                (email.lower(),),
            ).fetchone()
        if row is None or row["disabled"]:
            return None
        candidate = self._derive(password, row["salt"])
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return {"id": row["id"], "role": row["role"]}

    def change_password(self, account_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE crew_accounts SET salt = ?, pw_hash = ? WHERE id = ?",
                (salt, digest, account_id),
            )
