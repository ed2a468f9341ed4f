"""Password hashing for crew logins on the yard tablets and the crew app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class CrewHashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    scheme: str = "pbkdf2"


DEFAULT_SETTINGS = CrewHashSettings()


class CrewPasswordHasher:
    """Produces and checks strings of the form ``pbkdf2$sha256$<iter>$<salt>$<hash>``."""

    def __init__(self, settings: CrewHashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )
        return "$".join(
            [
                self.settings.scheme,
                self.settings.algorithm,
                str(self.settings.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != self.settings.scheme:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(hash_b64)
        candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        if len(parts) != 5:
            return True
        return parts[1] != self.settings.algorithm or int(parts[2]) < self.settings.iterations


def set_crew_password(conn, crew_id: int, new_password: str, hasher: CrewPasswordHasher | None = None) -> None:
    """Store a new password for a crew member; ``conn`` is a sqlite3 / DB-API connection."""
    hasher = hasher or CrewPasswordHasher()
    if len(new_password) < 10:
        raise ValueError("crew passwords must be at least 10 characters")
    conn.execute(
        "UPDATE crew_members SET password_hash = ?, password_changed_at = CURRENT_TIMESTAMP WHERE id = ?",
        (hasher.hash(new_password), crew_id),
    )
    conn.commit()


def check_crew_login(conn, username: str, password: str, hasher: CrewPasswordHasher | None = None):
    hasher = hasher or CrewPasswordHasher()
    row = conn.execute(
        "SELECT id, password_hash FROM crew_members WHERE username = ? AND active = 1",
        (username,),
    ).fetchone()
    if row is None:
        return None
    crew_id, encoded = row
    if not hasher.verify(password, encoded):
        return None
    if hasher.needs_rehash(encoded):
        set_crew_password(conn, crew_id, password, hasher)
    return crew_id
