"""Password storage for the rider membership portal.

Members log in to manage lesson bookings, livery invoices and competition
entries. Hashes are stored in the ``members.password_hash`` column using a
self-describing ``pbkdf2-<alg>$<iterations>$<salt>$<digest>`` format.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_SETTINGS = HashSettings()


class RiderCredentialStore:
    """Derives and checks password hashes for portal members."""

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        s = self._settings
        return hashlib.pbkdf2_hmac(
            s.algorithm, password.encode("utf-8"), salt, iterations, s.dklen
        )

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "$".join(
            [
                f"pbkdf2-{self._settings.algorithm}",
                str(self._settings.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify_password(self, password: str, stored: str) -> bool:
        try:
            _scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, stored: str) -> bool:
        parts = stored.split("$")
        return len(parts) != 4 or int(parts[1]) < self._settings.iterations
