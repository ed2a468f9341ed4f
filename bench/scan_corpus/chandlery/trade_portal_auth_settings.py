"""Password settings and hashing for the trade-customer portal.

Boatyards, marinas and delivery skippers with trade accounts log in to see
their price band, open invoices and outstanding berth deliveries.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class TradeAuthSettings:
    algorithm: str = "sha256"
    pbkdf2_iterations: int = 120_000
    salt_bytes: int = 16
    min_password_length: int = 12

    @classmethod
    def from_env(cls) -> "TradeAuthSettings":
        return cls(
            min_password_length=int(os.environ.get("TRADE_MIN_PASSWORD_LENGTH", "12")),
        )


class TradePasswordHasher:
    """Encodes hashes as ``pbkdf2_<alg>$<iterations>$<salt>$<hash>``."""

    def __init__(self, settings: TradeAuthSettings | None = None) -> None:
        self.settings = settings or TradeAuthSettings.from_env()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def hash(self, password: str) -> str:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password does not meet the minimum length")
        salt = os.urandom(self.settings.salt_bytes)
        iterations = self.settings.pbkdf2_iterations
        digest = self._derive(password, salt, iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2_" + self.settings.algorithm:
            return False
        digest = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        try:
            _, iterations, _, _ = encoded.split("$")
        except ValueError:
            return True
        return int(iterations) < self.settings.pbkdf2_iterations
