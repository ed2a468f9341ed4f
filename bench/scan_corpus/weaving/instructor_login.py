"""Instructor accounts for the class scheduling back office."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 12


POLICY = PasswordPolicy()


def avatar_key(email: str) -> str:
    """Cache key for an instructor's profile picture."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class InstructorAccounts:
    def __init__(self, conn: sqlite3.Connection, policy: PasswordPolicy = POLICY) -> None:
        self.conn = conn
        self.policy = policy
        conn.execute(
            "CREATE TABLE IF NOT EXISTS instructors ("
            "email TEXT PRIMARY KEY, full_name TEXT NOT NULL, pw_hash BLOB NOT NULL, "
            "avatar TEXT, active INTEGER NOT NULL DEFAULT 1)"
        )

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def create(self, email: str, full_name: str, password: str) -> None:
        if len(password) < self.policy.min_length:
            raise ValueError(f"password must have at least {self.policy.min_length} characters")
        with self.conn:
            self.conn.execute(
                "INSERT INTO instructors (email, full_name, pw_hash, avatar) VALUES (?, ?, ?, ?)",
                (email.lower(), full_name, self._hash(password), avatar_key(email)),
            )

    def verify(self, email: str, password: str) -> Optional[str]:
        row = self.conn.execute(
            "SELECT full_name, pw_hash FROM instructors WHERE email = ? AND active = 1",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        full_name, pw_hash = row
        if not bcrypt.checkpw(password.encode("utf-8"), pw_hash):
            return None
        return full_name

    def deactivate(self, email: str) -> None:
        with self.conn:
            self.conn.execute("UPDATE instructors SET active = 0 WHERE email = ?", (email.lower(),))
