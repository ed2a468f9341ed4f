"""Password hashing for swim coach and session-leader accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class CoachAuthSettings:
    """Tunables for coach logins, loaded once at start-up."""

    session_cookie_name: str = "coach_session"
    pbkdf2_algorithm: str = "sha256"
    pbkdf2_iterations: int = 600_000
    salt_length: int = 16

    @classmethod
    def from_env(cls) -> "CoachAuthSettings":
        iterations = int(os.environ.get("COACH_PBKDF2_ITERATIONS", "600000"))
        return cls(pbkdf2_iterations=max(iterations, 600_000))


class CoachPasswordHasher:
    """Encodes hashes as ``pbkdf2$<algo>$<iterations>$<salt>$<hash>``."""

    def __init__(self, settings: CoachAuthSettings | None = None) -> None:
        self.settings = settings or CoachAuthSettings.from_env()

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
        if scheme != "pbkdf2" or algo != self.settings.pbkdf2_algorithm:
            return False
        candidate = hashlib.pbkdf2_hmac(
            algo, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(candidate, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 5 or int(parts[2]) < self.settings.pbkdf2_iterations
