"""Password hashing for venue manager accounts on the back-office portal."""
from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from hashlib import pbkdf2_hmac as _kdf
from hmac import compare_digest

PBKDF2_ITERATIONS = 600_000


@dataclass(frozen=True)
class ManagerHashPolicy:
    digest: str = "sha256"
    iterations: int = PBKDF2_ITERATIONS
    salt_bytes: int = 16
    min_length: int = 12
    banned: frozenset[str] = field(
        default_factory=lambda: frozenset({"karaoke123", "password123", "letmesing"})
    )


class ManagerPasswordHasher:
    prefix = "pbkdf2_sha256"

    def __init__(self, policy: ManagerHashPolicy | None = None) -> None:
        self.policy = policy or ManagerHashPolicy()

    def _check_strength(self, password: str) -> None:
        if len(password) < self.policy.min_length:
            raise ValueError(f"password must be at least {self.policy.min_length} characters")
        if password.lower() in self.policy.banned:
            raise ValueError("password is too common")

    def hash(self, password: str) -> str:
        self._check_strength(password)
        salt = secrets.token_bytes(self.policy.salt_bytes)
        dk = _kdf(self.policy.digest, password.encode("utf-8"), salt, self.policy.iterations)
        return "{}${}${}${}".format(
            self.prefix,
            self.policy.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(dk).decode("ascii"),
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            prefix, iterations, salt_b64, dk_b64 = stored.split("$", 3)
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        dk = _kdf(
            self.policy.digest,
            password.encode("utf-8"),
            base64.b64decode(salt_b64),
            int(iterations),
        )
        return compare_digest(dk, base64.b64decode(dk_b64))

    def must_upgrade(self, stored: str) -> bool:
        try:
            return int(stored.split("$")[1]) < self.policy.iterations
        except (IndexError, ValueError):
            return True
