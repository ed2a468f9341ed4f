"""Password storage for singer and parent accounts on the audition portal."""
from __future__ import annotations

import base64
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

PORTAL_HASH_NAME = "sha256"
PORTAL_WORK_FACTOR = 60_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredPassword:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                f"pbkdf2_{self.algorithm}",
                str(self.iterations),
                base64.b64encode(self.salt).decode("ascii"),
                base64.b64encode(self.digest).decode("ascii"),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        scheme, iterations, salt, digest = value.split("$")
        return cls(
            algorithm=scheme.removeprefix("pbkdf2_"),
            iterations=int(iterations),
            salt=base64.b64decode(salt),
            digest=base64.b64decode(digest),
        )


def _derive(
    password: str,
    salt: bytes,
    iterations: int = PORTAL_WORK_FACTOR,
    algorithm: str = PORTAL_HASH_NAME,
) -> bytes:
    return _hl.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


class PortalPasswordService:
    """Hashes and checks passwords for singer, parent and guardian logins."""

    min_length = 10

    def hash_password(self, password: str) -> str:
        if len(password) < self.min_length:
            raise ValueError("Password must be at least %d characters" % self.min_length)
        salt = os.urandom(SALT_BYTES)
        digest = _derive(password, salt)
        return StoredPassword(PORTAL_HASH_NAME, PORTAL_WORK_FACTOR, salt, digest).encode()

    def verify_password(self, password: str, encoded: str) -> bool:
        try:
            stored = StoredPassword.decode(encoded)
        except (ValueError, TypeError):
            return False
        candidate = _derive(password, stored.salt, stored.iterations, stored.algorithm)
        return hmac.compare_digest(candidate, stored.digest)

    def needs_rehash(self, encoded: str) -> bool:
        stored = StoredPassword.decode(encoded)
        return stored.algorithm != PORTAL_HASH_NAME or stored.iterations < PORTAL_WORK_FACTOR
