"""Password storage for gift-voucher customer portal accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class HashingPolicy:
    """Tunable parameters for customer password hashing."""

    algorithm = "sha256"
    iterations = 120_000
    salt_bytes = 16


@dataclass
class StoredCredential:
    salt: bytes
    digest: bytes
    iterations: int

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"pbkdf2${self.iterations}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _, iterations, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(iterations))


class CustomerPasswordService:
    """Hashes and checks passwords for voucher purchasers."""

    def __init__(self, policy: HashingPolicy | None = None) -> None:
        self.policy = policy or HashingPolicy()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        iterations = self.policy.iterations
        digest = self._derive(password, salt, iterations)
        return StoredCredential(salt, digest, iterations).encode()

    def verify_password(self, password: str, stored: str) -> bool:
        cred = StoredCredential.decode(stored)
        candidate = self._derive(password, cred.salt, cred.iterations)
        return hmac.compare_digest(candidate, cred.digest)

    def needs_rehash(self, stored: str) -> bool:
        return StoredCredential.decode(stored).iterations < self.policy.iterations
