"""Password storage for collector accounts on the auction site."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


class AccountSettings:
    hashing = HashingPolicy()
    min_password_length = 10


class CollectorPasswordStore:
    """Encodes and checks collector passwords as `alg$iterations$salt$digest` strings."""

    def __init__(self, settings: type[AccountSettings] = AccountSettings) -> None:
        self.policy = settings.hashing
        self.min_length = settings.min_password_length

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        if len(password) < self.min_length:
            raise ValueError("password must be at least %d characters" % self.min_length)
        salt = os.urandom(self.policy.salt_bytes)
        digest = self._derive(password, salt, self.policy.iterations)
        return "$".join(
            [
                self.policy.algorithm,
                str(self.policy.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _alg, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) != self.policy.iterations
