"""Password storage for instructor and front-desk staff accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


@dataclass
class StaffAuthSettings:
    school_code: str = "TARIFA-01"
    lockout_after: int = 5
    hashing: HashingPolicy = field(default_factory=HashingPolicy)


class StaffPasswordHasher:
    """Derives and checks password hashes for staff logins."""

    def __init__(self, settings: StaffAuthSettings | None = None) -> None:
        self._settings = settings or StaffAuthSettings()

    def _derive(self, password: str, salt: bytes) -> bytes:
        policy = self._settings.hashing
        return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self._settings.hashing.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(
            [
                self._settings.hashing.algorithm,
                str(self._settings.hashing.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, stored: str) -> bool:
        _algo, _iters, salt_b64, digest_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_instructor(db, email: str, password: str, hasher: StaffPasswordHasher) -> int:
    """Create an instructor login row and return its id."""
    row = {"email": email.lower().strip(), "password_hash": hasher.hash(password), "role": "instructor"}
    return db.insert("staff_accounts", row)
