"""Password handling for wholesale buyer logins.

Buyers at cafes and grocers sign in to reorder kegs and cases. Hashes are
PBKDF2-HMAC-SHA256 with a per-user salt; the iteration count is stored
with each hash so it can be raised later without a forced reset.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16
    min_length: int = 12


DEFAULT_POLICY = HashPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class BuyerPasswordHasher:
    """Encodes hashes as ``pbkdf2_sha256$<iterations>$<salt>$<hash>``."""

    def __init__(self, policy: HashPolicy = DEFAULT_POLICY):
        self.policy = policy

    def hash(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self.policy.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )
        return f"pbkdf2_{self.policy.algorithm}${self.policy.iterations}${_b64(salt)}${_b64(digest)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        digest = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        try:
            _scheme, iterations, _salt, _hash = encoded.split("$")
        except ValueError:
            return True
        return int(iterations) < self.policy.iterations


def login(conn, email: str, password: str, hasher: BuyerPasswordHasher | None = None):
    hasher = hasher or BuyerPasswordHasher()
    row = conn.execute(
        "SELECT account_code, password_hash FROM buyers WHERE email = %s AND active",
        (email.strip().lower(),),
    ).fetchone()
    if row is None or not hasher.verify(password, row[1]):
        return None
    if hasher.needs_rehash(row[1]):
        conn.execute(
            "UPDATE buyers SET password_hash = %s WHERE account_code = %s",
            (hasher.hash(password), row[0]),
        )
    return row[0]
