"""Password hashing for control-room operator accounts on the plant HMI gateway."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


class HmiSecurityConfig:
    """Site-level configuration bundle read by the HMI gateway at start-up."""

    def __init__(self, policy: HashPolicy | None = None) -> None:
        self.password_policy = policy or HashPolicy()


class OperatorPasswordHasher:
    """Encodes hashes as pbkdf2$<alg>$<iterations>$<salt>$<digest>."""

    def __init__(self, config: HmiSecurityConfig) -> None:
        self.config = config

    @property
    def policy(self) -> HashPolicy:
        return self.config.password_policy

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError(f"password must be at least {self.policy.min_length} characters")
        salt = secrets.token_bytes(self.policy.salt_bytes)
        digest = self._derive(password, salt, self.policy.algorithm, self.policy.iterations)
        return "$".join(
            [
                "pbkdf2",
                self.policy.algorithm,
                str(self.policy.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algorithm, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2":
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), algorithm, int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 5 or int(parts[2]) < self.policy.iterations
