"""Password hashing for ceramics shop customer accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


DEFAULT_POLICY = HashPolicy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


class CustomerPasswordHasher:
    """Encodes as `pbkdf2_<alg>$<iterations>$<salt>$<hash>` for the accounts table."""

    def __init__(self, policy: HashPolicy = DEFAULT_POLICY) -> None:
        self.policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        digest = self._derive(password, salt, self.policy.iterations, self.policy.algorithm)
        return (
            f"{self.policy.prefix}_{self.policy.algorithm}"
            f"${self.policy.iterations}${_b64(salt)}${_b64(digest)}"
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt, expected = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.split("_", 1)[1]
        actual = self._derive(password, _unb64(salt), int(iterations), algorithm)
        return hmac.compare_digest(actual, _unb64(expected))

    def needs_rehash(self, encoded: str) -> bool:
        return not encoded.startswith(f"{self.policy.prefix}_{self.policy.algorithm}$"
                                      f"{self.policy.iterations}$")
