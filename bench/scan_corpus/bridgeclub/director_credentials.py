"""Credential storage for tournament directors on the scoring server.

Stored format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
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
class KdfPolicy:
    hash_name: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


DEFAULT_POLICY = KdfPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_hash(password: str, policy: KdfPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_len)
    derived = hashlib.pbkdf2_hmac(policy.hash_name, password.encode("utf-8"), salt,
                                  policy.iterations)
    return f"pbkdf2_{policy.hash_name}${policy.iterations}${_b64(salt)}${_b64(derived)}"


def check_hash(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    hash_name = scheme.removeprefix("pbkdf2_")
    derived = hashlib.pbkdf2_hmac(hash_name, password.encode("utf-8"),
                                  base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def needs_upgrade(stored: str, policy: KdfPolicy = DEFAULT_POLICY) -> bool:
    scheme, iterations, _, _ = stored.split("$")
    return scheme != f"pbkdf2_{policy.hash_name}" or int(iterations) < policy.iterations


class DirectorCredentialStore:
    def __init__(self, conn: sqlite3.Connection, policy: KdfPolicy = DEFAULT_POLICY) -> None:
        self._conn = conn
        self._policy = policy

    def set_password(self, username: str, password: str) -> None:
        self._conn.execute(
            "UPDATE directors SET password_hash = ? WHERE username = ?",
            (make_hash(password, self._policy), username),
        )
        self._conn.commit()

    def verify(self, username: str, password: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT id, password_hash FROM directors WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None or not check_hash(password, row[1]):
            return None
        if needs_upgrade(row[1], self._policy):
            self.set_password(username, password)
        return row[0]
