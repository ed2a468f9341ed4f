"""Customer account storage for the self-drive hire portal.

Accounts are created at first booking and reused for repeat hires. Password
hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
iteration count can be raised later without breaking existing logins.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


@dataclass
class CustomerAccount:
    id: int
    email: str
    full_name: str
    password_hash: str


class CustomerAccountStore:
    def __init__(self, conn: sqlite3.Connection, policy: PasswordPolicy | None = None):
        self._conn = conn
        self._policy = policy or PasswordPolicy()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash_password(self, password: str) -> str:
        if len(password) < self._policy.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt, self._policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._policy.algorithm,
            self._policy.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def _check(self, password: str, stored: str) -> bool:
        scheme, iterations, salt_b64, hash_b64 = stored.split("$")
        if scheme != f"pbkdf2_{self._policy.algorithm}":
            return False
        digest = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def create(self, email: str, full_name: str, password: str) -> CustomerAccount:
        pw_hash = self.hash_password(password)
        cur = self._conn.execute(
            "INSERT INTO customers (email, full_name, password_hash) VALUES (?, ?, ?)",
            (email.lower().strip(), full_name, pw_hash),
        )
        self._conn.commit()
        return CustomerAccount(cur.lastrowid, email, full_name, pw_hash)

    def find_by_email(self, email: str) -> Optional[CustomerAccount]:
        row = self._conn.execute(
            "SELECT id, email, full_name, password_hash FROM customers WHERE email = ?",
            (email.lower().strip(),),
        ).fetchone()
        return CustomerAccount(*row) if row else None

    def authenticate(self, email: str, password: str) -> Optional[CustomerAccount]:
        account = self.find_by_email(email)
        if account is None:
            return None
        return account if self._check(password, account.password_hash) else None
