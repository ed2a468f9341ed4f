"""Authentication settings and password hashing for the swim-booking portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuthSettings:
    """Tunables for member login, loaded once at start-up."""

    session_cookie_name: str = "tidal_session"
    session_lifetime_minutes: int = 120
    pbkdf2_algorithm: str = "sha256"
    pbkdf2_iterations: int = 120_000
    salt_length: int = 16
    lockout_threshold: int = field(default=5)

    @classmethod
    def from_env(cls) -> "AuthSettings":
        return cls(
            session_lifetime_minutes=int(os.environ.get("PORTAL_SESSION_MINUTES", "120")),
            lockout_threshold=int(os.environ.get("PORTAL_LOCKOUT", "5")),
        )


class PortalPasswordHasher:
    """Encodes hashes as ``pbkdf2$<algo>$<iterations>$<salt>$<hash>``."""

    def __init__(self, settings: AuthSettings | None = None) -> None:
        self.settings = settings or AuthSettings.from_env()

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_length)
        digest = hashlib.pbkdf2_hmac(
            self.settings.pbkdf2_algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.pbkdf2_iterations,
        )
        return "$".join(
            [
                "pbkdf2",
                self.settings.pbkdf2_algorithm,
                str(self.settings.pbkdf2_iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algo, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2":
            return False
        expected = base64.b64decode(hash_b64)
        candidate = hashlib.pbkdf2_hmac(
            algo, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 5 or int(parts[2]) != self.settings.pbkdf2_iterations
