"""Password hashing for self-care portal accounts.

Format stored in ``portal_accounts.pw``::

    pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>

Existing hashes with a lower iteration count are upgraded transparently at
the next successful login (see ``needs_rehash``).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets


class PasswordHasher:
    algorithm = "pbkdf2_sha256"
    digest = "sha256"
    iterations = 600_000
    salt_bytes = 16

    min_length = 10
    max_length = 256

    def validate(self, password: str) -> None:
        if not (self.min_length <= len(password) <= self.max_length):
            raise ValueError(
                f"password must be between {self.min_length} and {self.max_length} characters"
            )

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.digest, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        self.validate(password)
        salt = secrets.token_bytes(self.salt_bytes)
        derived = self._derive(password, salt, self.iterations)
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(derived).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if algorithm != self.algorithm:
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        algorithm, iterations, *_ = encoded.split("$")
        return algorithm != self.algorithm or int(iterations) < self.iterations


hasher = PasswordHasher()
