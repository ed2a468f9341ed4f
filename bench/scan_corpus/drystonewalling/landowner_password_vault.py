"""Password hashing for the land-owner portal, version 2.

Replaces the first portal's scheme; hashes are stored in Django-style
``pbkdf2_sha256$<iterations>$<salt>$<hash>`` strings so old rows can be
recognised and upgraded on next login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class VaultSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


DEFAULTS = VaultSettings()


class LandownerPasswordVault:
    def __init__(self, settings: VaultSettings = DEFAULTS) -> None:
        self.settings = settings

    def _pbkdf2(self, password: str, salt: str, iterations: int) -> str:
        raw = hashlib.pbkdf2_hmac(
            self.settings.digest, password.encode("utf-8"), salt.encode("ascii"), iterations
        )
        return base64.b64encode(raw).decode("ascii")

    def hash(self, password: str) -> str:
        salt = secrets.token_urlsafe(self.settings.salt_bytes)
        iterations = self.settings.iterations
        digest = self._pbkdf2(password, salt, iterations)
        return f"pbkdf2_{self.settings.digest}${iterations}${salt}${digest}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt, digest = encoded.split("$", 3)
        except ValueError:
            return False
        if algorithm != f"pbkdf2_{self.settings.digest}":
            return False
        candidate = self._pbkdf2(password, salt, int(iterations))
        return hmac.compare_digest(candidate, digest)

    def needs_upgrade(self, encoded: str) -> bool:
        parts = encoded.split("$", 3)
        if len(parts) != 4 or parts[0] != f"pbkdf2_{self.settings.digest}":
            return True
        return int(parts[1]) < self.settings.iterations

    def login(self, store, email: str, password: str) -> bool:
        encoded = store.get_password_hash(email)
        if encoded is None or not self.verify(password, encoded):
            return False
        if self.needs_upgrade(encoded):
            store.set_password_hash(email, self.hash(password))
        return True
