"""PBKDF2 password hashing for customer portal logins (stdlib only, no extra wheels on the host)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_size: int = 16
    prefix: str = "pbkdf2_sha256"


POLICY = Pbkdf2Policy()


class CustomerPasswordHasher:
    def __init__(self, policy: Pbkdf2Policy = POLICY):
        self.policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.digest, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_size)
        dk = self._derive(password, salt, self.policy.iterations)
        return "$".join(
            [
                self.policy.prefix,
                str(self.policy.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(dk).decode("ascii"),
            ]
        )

    @staticmethod
    def _split(encoded: str) -> Tuple[str, int, bytes, bytes]:
        prefix, iterations, salt_b64, dk_b64 = encoded.split("$")
        return prefix, int(iterations), base64.b64decode(salt_b64), base64.b64decode(dk_b64)

    def verify(self, password: str, encoded: str) -> bool:
        prefix, iterations, salt, expected = self._split(encoded)
        if prefix != self.policy.prefix:
            return False
        return hmac.compare_digest(self._derive(password, salt, iterations), expected)

    def needs_upgrade(self, encoded: str) -> bool:
        _, iterations, _, _ = self._split(encoded)
        return iterations < self.policy.iterations
