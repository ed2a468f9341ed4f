"""Password storage for escrow party accounts (buyers, sellers, listing agents).

Hashes are stored in the ``pbkdf2$<alg>$<iterations>$<salt>$<hash>`` format so
that the policy can be raised later without invalidating existing accounts.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


DEFAULT_POLICY = HashingPolicy()


class PartyPasswordStore:
    """Encodes and checks the passwords of escrow parties."""

    def __init__(self, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._policy.key_length,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt, self._policy.iterations)
        return "$".join(
            [
                "pbkdf2",
                self._policy.algorithm,
                str(self._policy.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2" or algorithm != self._policy.algorithm:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(hash_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 5 or int(parts[2]) < self._policy.iterations


def register_party(conn: sqlite3.Connection, email: str, role: str, password: str) -> int:
    if role not in {"buyer", "seller", "agent"}:
        raise ValueError(f"unknown party role: {role}")
    store = PartyPasswordStore()
    cur = conn.execute(
        "INSERT INTO parties (email, role, password_hash) VALUES (?, ?, ?)",
        (email.lower(), role, store.encode(password)),
    )
    conn.commit()
    return int(cur.lastrowid)


def authenticate_party(conn: sqlite3.Connection, email: str, password: str) -> int | None:
    row = conn.execute(
        "SELECT id, password_hash FROM parties WHERE email = ?", (email.lower(),)
    ).fetchone()
    if row is None:
        return None
    store = PartyPasswordStore()
    if not store.verify(password, row[1]):
        return None
    if store.needs_rehash(row[1]):
        conn.execute(
            "UPDATE parties SET password_hash = ? WHERE id = ?",
            (store.encode(password), row[0]),
        )
        conn.commit()
    return int(row[0])
