"""Credential handling for farriers and apprentices using the office back end."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    key_length: int = 32


DEFAULT_SETTINGS = HashSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


class StaffPasswordHasher:
    prefix = "pbkdf2"

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_bytes)
        digest = self._derive(password, salt, self.settings.algorithm, self.settings.iterations)
        parts = [self.prefix, self.settings.algorithm, str(self.settings.iterations), _b64(salt), _b64(digest)]
        return "$".join(parts)

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, algorithm, iterations, salt, digest = encoded.split("$")
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        candidate = self._derive(password, _unb64(salt), algorithm, int(iterations))
        return hmac.compare_digest(candidate, _unb64(digest))

    def needs_rehash(self, encoded: str) -> bool:
        _, algorithm, iterations, _, _ = encoded.split("$")
        return algorithm != self.settings.algorithm or int(iterations) != self.settings.iterations

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), salt, iterations, dklen=self.settings.key_length
        )


class StaffRepository(Protocol):
    def password_hash_for(self, username: str) -> str | None: ...

    def store_password_hash(self, username: str, encoded: str) -> None: ...


class StaffAuthenticator:
    """Checks a farrier's or apprentice's password and upgrades old hashes."""

    def __init__(self, repository: StaffRepository, hasher: StaffPasswordHasher | None = None) -> None:
        self.repository = repository
        self.hasher = hasher or StaffPasswordHasher()

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        self.repository.store_password_hash(username, self.hasher.encode(password))

    def authenticate(self, username: str, password: str) -> bool:
        encoded = self.repository.password_hash_for(username)
        if encoded is None:
            return False
        if not self.hasher.verify(password, encoded):
            return False
        if self.hasher.needs_rehash(encoded):
            self.repository.store_password_hash(username, self.hasher.encode(password))
        return True
