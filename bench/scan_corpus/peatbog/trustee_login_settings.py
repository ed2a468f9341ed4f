"""Password storage for trustee board accounts on the governance portal.

Trustees sign off annual accounts and the carbon-credit sale agreements, so
their accounts use the same PBKDF2 record format as the rest of the portal.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = PasswordPolicy()


class TrusteePasswordRecord:
    def __init__(self, policy: PasswordPolicy = POLICY) -> None:
        self.policy = policy

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.algorithm, password.encode(), salt, iterations)

    def make(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError(f"password must be at least {self.policy.min_length} characters")
        salt = secrets.token_bytes(self.policy.salt_bytes)
        key = self._derive(password, salt, self.policy.iterations)
        return "$".join(
            [
                f"pbkdf2-{self.policy.algorithm}",
                str(self.policy.iterations),
                base64.urlsafe_b64encode(salt).decode(),
                base64.urlsafe_b64encode(key).decode(),
            ]
        )

    def check(self, password: str, record: str) -> bool:
        try:
            scheme, iterations, salt_b64, key_b64 = record.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2-{self.policy.algorithm}":
            return False
        key = self._derive(password, base64.urlsafe_b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(key, base64.urlsafe_b64decode(key_b64))

    def needs_upgrade(self, record: str) -> bool:
        parts = record.split("$")
        return len(parts) != 4 or int(parts[1]) < self.policy.iterations
