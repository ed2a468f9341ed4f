"""Customer account password handling for the Brimstone & Bow web shop."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 27_500
    salt_bytes: int = 16


@dataclass
class ShopSettings:
    shop_name: str = "Brimstone & Bow Millinery"
    currency: str = "GBP"
    hashing: HashingPolicy = field(default_factory=HashingPolicy)


class PasswordHasher:
    """Produces and checks the stored password strings for customer accounts."""

    prefix = "pbkdf2"

    def __init__(self, settings: ShopSettings) -> None:
        self._policy = settings.hashing

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        iterations = self._policy.iterations
        digest = self._derive(password, salt, iterations)
        return "$".join(
            [
                self.prefix,
                str(iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            prefix, iterations, salt_b64, digest_b64 = stored.split("$")
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)


class CustomerAccounts:
    def __init__(self, settings: ShopSettings | None = None) -> None:
        self._hasher = PasswordHasher(settings or ShopSettings())
        self._rows: dict[str, str] = {}

    def register(self, email: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._rows[email.lower()] = self._hasher.hash(password)

    def authenticate(self, email: str, password: str) -> bool:
        stored = self._rows.get(email.lower())
        return stored is not None and self._hasher.verify(password, stored)
