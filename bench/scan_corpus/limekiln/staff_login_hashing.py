"""Password hashing for yard-office staff logins (Django-free admin tool)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Settings:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16
    key_len: int = 32


DEFAULTS = Pbkdf2Settings()


class StaffPasswordHasher:
    """Encodes hashes as ``pbkdf2_<digest>$<iterations>$<salt>$<hash>``."""

    def __init__(self, settings: Pbkdf2Settings = DEFAULTS) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int, digest: str) -> bytes:
        return hashlib.pbkdf2_hmac(
            digest, password.encode("utf-8"), salt, iterations, dklen=self.settings.key_len
        )

    def encode(self, password: str) -> str:
        s = self.settings
        salt = secrets.token_bytes(s.salt_len)
        key = self._derive(password, salt, s.iterations, s.digest)
        return "$".join(
            [
                f"pbkdf2_{s.digest}",
                str(s.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(key).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algo, iterations, salt_b64, key_b64 = encoded.split("$")
        except ValueError:
            return False
        digest = algo.removeprefix("pbkdf2_")
        key = self._derive(password, base64.b64decode(salt_b64), int(iterations), digest)
        return hmac.compare_digest(key, base64.b64decode(key_b64))

    def needs_upgrade(self, encoded: str) -> bool:
        _algo, iterations, *_ = encoded.split("$")
        return int(iterations) < self.settings.iterations


def upgrade_on_login(hasher: StaffPasswordHasher, password: str, encoded: str) -> str | None:
    """Return a fresh encoding when the stored one used fewer iterations."""
    if hasher.verify(password, encoded) and hasher.needs_upgrade(encoded):
        return hasher.encode(password)
    return None
