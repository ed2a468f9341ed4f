"""Password storage for the staff portal (growers, packers, drivers)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class PortalHashSettings:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


class StaffPasswordStore:
    """Derives and checks password hashes for staff accounts."""

    def __init__(self, settings: PortalHashSettings | None = None) -> None:
        self._settings = settings or PortalHashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "$".join(
            [
                f"pbkdf2-{self._settings.algorithm}",
                str(self._settings.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify_password(self, password: str, stored: str) -> bool:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        if scheme != f"pbkdf2-{self._settings.algorithm}":
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def needs_rehash(self, stored: str) -> bool:
        return int(stored.split("$")[1]) < self._settings.iterations
