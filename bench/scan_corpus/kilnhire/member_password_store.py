"""Password storage for kilnhire member accounts.

Members log in to book firings, check the kiln queue and order glaze. The
hashes are stored in the ``members`` table as ``algo$iterations$salt$hash``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


class MemberPasswordStore:
    def __init__(self, conn: sqlite3.Connection, policy: HashPolicy = DEFAULT_POLICY):
        self._conn = conn
        self._policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt, self._policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._policy.algorithm, self._policy.iterations, _b64(salt), _b64(digest)
        )

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._conn.execute(
            "UPDATE members SET password_hash = ? WHERE id = ?",
            (self.encode(password), member_id),
        )
        self._conn.commit()

    def check_password(self, email: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT password_hash FROM members WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None:
            return False
        try:
            algo, iterations, salt, expected = row[0].split("$")
        except ValueError:
            return False
        if algo != "pbkdf2_" + self._policy.algorithm:
            return False
        candidate = self._derive(password, _unb64(salt), int(iterations))
        return hmac.compare_digest(candidate, _unb64(expected))
