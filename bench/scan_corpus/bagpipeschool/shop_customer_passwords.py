"""Password storage for customers of the reed and chanter web shop."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


@dataclass
class ShopCustomer:
    email: str
    password_record: str = ""
    marketing_opt_in: bool = False
    basket: list = field(default_factory=list)


class CustomerPasswordHasher:
    """Produces records like ``pbkdf2_sha256$720000$<salt>$<hash>``."""

    def __init__(self, policy: Pbkdf2Policy | None = None):
        self.policy = policy or Pbkdf2Policy()

    def _raw(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.policy.salt_bytes)
        digest = self._raw(password, salt, self.policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.policy.algorithm,
            self.policy.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, record: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = record.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.policy.algorithm}":
            return False
        digest = self._raw(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def needs_upgrade(self, record: str) -> bool:
        parts = record.split("$")
        return len(parts) != 4 or int(parts[1]) < self.policy.iterations


def register_customer(email: str, password: str, hasher: CustomerPasswordHasher) -> ShopCustomer:
    if len(password) < 10:
        raise ValueError("password too short")
    return ShopCustomer(email=email.strip().lower(), password_record=hasher.encode(password))
