"""Credential hashing for saleroom staff who catalogue lots and approve consignments."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfProfile:
    name: str = "pbkdf2_sha256"
    digest: str = "sha256"
    iterations: int = 720_000
    salt_length: int = 16


class StaffAuthSettings:
    kdf = KdfProfile()
    lockout_after = 5


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


class StaffPasswordHasher:
    def __init__(self, settings: type[StaffAuthSettings] = StaffAuthSettings) -> None:
        self.profile = settings.kdf

    def _kdf(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.profile.digest, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.profile.salt_length)
        derived = self._kdf(password, salt, self.profile.iterations)
        return f"{self.profile.name}${self.profile.iterations}${_b64(salt)}${_b64(derived)}"

    def verify(self, password: str, encoded: str) -> bool:
        name, iterations, salt, expected = encoded.split("$", 3)
        if name != self.profile.name:
            return False
        derived = self._kdf(password, _unb64(salt), int(iterations))
        return hmac.compare_digest(derived, _unb64(expected))

    def must_update(self, encoded: str) -> bool:
        return int(encoded.split("$", 2)[1]) < self.profile.iterations
