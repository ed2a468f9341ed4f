"""Password hashing policy for marina-office staff who order on the marina's account.

Marina offices order fuel-dock consumables and pontoon hardware on their
trade account; their staff log in with their own passwords.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 870_000
    salt_bytes: int = 16
    min_length: int = 12


DEFAULT_POLICY = PasswordPolicy()


class MarinaStaffHasher:
    """Encodes as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (Django-compatible)."""

    def __init__(self, policy: PasswordPolicy = DEFAULT_POLICY) -> None:
        self.policy = policy

    def _derive(self, password: str, salt: str, iterations: int) -> str:
        raw = hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt.encode("ascii"), iterations
        )
        return base64.b64encode(raw).decode("ascii")

    def encode(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError("password too short")
        salt = base64.b64encode(os.urandom(self.policy.salt_bytes)).decode("ascii")
        digest = self._derive(password, salt, self.policy.iterations)
        return f"pbkdf2_{self.policy.algorithm}${self.policy.iterations}${salt}${digest}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt, digest = encoded.split("$", 3)
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.policy.algorithm}":
            return False
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate.encode(), digest.encode())

    def must_update(self, encoded: str) -> bool:
        parts = encoded.split("$", 3)
        return len(parts) != 4 or int(parts[1]) < self.policy.iterations
