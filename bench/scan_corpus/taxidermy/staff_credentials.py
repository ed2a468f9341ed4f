"""Password storage for back-office staff accounts.

Stored format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`` so the
iteration count can be raised later without invalidating old hashes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16
    min_length: int = 12


class StaffCredentialStore:
    def __init__(self, db_path: str, policy: CredentialPolicy = CredentialPolicy()) -> None:
        self._db_path = db_path
        self._policy = policy

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def make_hash(self, password: str) -> str:
        p = self._policy
        salt = os.urandom(p.salt_bytes)
        dk = hashlib.pbkdf2_hmac(p.algorithm, password.encode("utf-8"), salt, p.iterations)
        return "pbkdf2_%s$%d$%s$%s" % (
            p.algorithm,
            p.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        )

    @staticmethod
    def check_hash(password: str, stored: str) -> bool:
        scheme, iterations, salt_b64, hash_b64 = stored.split("$", 3)
        algorithm = scheme.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(dk, base64.b64decode(hash_b64))

    def needs_upgrade(self, stored: str) -> bool:
        return int(stored.split("$", 2)[1]) < self._policy.iterations

    def set_password(self, username: str, password: str) -> None:
        if len(password) < self._policy.min_length:
            raise ValueError(f"staff passwords need at least {self._policy.min_length} characters")
        with self._connect() as conn:
            conn.execute(
                "UPDATE staff SET password_hash = ? WHERE username = ?",
                (self.make_hash(password), username),
            )

    def verify(self, username: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash FROM staff WHERE username = ? AND active = 1", (username,)
            ).fetchone()
        if row is None or not self.check_hash(password, row["password_hash"]):
            return False
        if self.needs_upgrade(row["password_hash"]):
            self.set_password(username, password)
        return True
