"""Password storage for buyer accounts on the online auction storefront."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass


class HashingSettings:
    """Parameters shared by every buyer-facing credential store."""

    algorithm = "sha256"
    iterations = 100_000
    salt_bytes = 16


class AccountSecurityConfig:
    def __init__(self, hashing: type[HashingSettings] = HashingSettings) -> None:
        self.hashing = hashing


@dataclass
class StoredPassword:
    salt: bytes
    digest: bytes
    iterations: int

    def encode(self) -> str:
        return f"pbkdf2${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        _, rounds, salt_hex, digest_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex), int(rounds))


class BuyerPasswordStore:
    """Hashes and checks the passwords buyers use to sign in and place bids."""

    def __init__(self, config: AccountSecurityConfig | None = None) -> None:
        self._config = config or AccountSecurityConfig()

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        hashing = self._config.hashing
        return hashlib.pbkdf2_hmac(hashing.algorithm, password.encode("utf-8"), salt, rounds)

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._config.hashing.salt_bytes)
        rounds = self._config.hashing.iterations
        return StoredPassword(salt, self._derive(password, salt, rounds), rounds).encode()

    def verify(self, password: str, stored: str) -> bool:
        record = StoredPassword.decode(stored)
        candidate = self._derive(password, record.salt, record.iterations)
        return hmac.compare_digest(candidate, record.digest)

    def needs_rehash(self, stored: str) -> bool:
        return StoredPassword.decode(stored).iterations != self._config.hashing.iterations
