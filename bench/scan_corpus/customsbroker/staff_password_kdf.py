"""Password derivation for broker staff accounts, parameters driven by settings."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


@dataclass(frozen=True)
class KdfSettings:
    iterations: int = 600_000
    length: int = 32
    salt_size: int = 16


class StaffPasswordKdf:
    prefix = "pbkdf2-sha256"

    def __init__(self, iterations: int, length: int, salt_size: int) -> None:
        self.iterations = iterations
        self.length = length
        self.salt_size = salt_size

    @classmethod
    def from_settings(cls, settings: KdfSettings | None = None) -> "StaffPasswordKdf":
        settings = settings or KdfSettings()
        return cls(settings.iterations, settings.length, settings.salt_size)

    def _kdf(self, salt: bytes, iterations: int) -> PBKDF2HMAC:
        return PBKDF2HMAC(algorithm=hashes.SHA256(), length=self.length, salt=salt, iterations=iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.salt_size)
        key = self._kdf(salt, self.iterations).derive(password.encode())
        return "$".join(
            [self.prefix, str(self.iterations), base64.b64encode(salt).decode(), base64.b64encode(key).decode()]
        )

    def verify(self, password: str, encoded: str) -> bool:
        prefix, iterations, salt_b64, key_b64 = encoded.split("$")
        if prefix != self.prefix:
            return False
        try:
            self._kdf(base64.b64decode(salt_b64), int(iterations)).verify(
                password.encode(), base64.b64decode(key_b64)
            )
        except InvalidKey:
            return False
        return True

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.iterations
