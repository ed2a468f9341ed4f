"""Password storage for the client portal where organisers approve menus and quotes."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16

    @property
    def prefix(self) -> str:
        return f"pbkdf2_{self.algorithm}${self.iterations}"


DEFAULT_SETTINGS = HashSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class PortalPasswordHasher:
    """Encodes hashes as pbkdf2_<alg>$<iterations>$<salt>$<hash> so rounds can be raised later."""

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, self.settings.iterations
        )
        return f"{self.settings.prefix}${_b64(salt)}${_b64(digest)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if not scheme.startswith("pbkdf2_"):
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        digest = hashlib.pbkdf2_hmac(
            algorithm,
            password.encode("utf-8"),
            base64.b64decode(salt_b64),
            int(iterations),
        )
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        if len(parts) != 4:
            return True
        return parts[0] != f"pbkdf2_{self.settings.algorithm}" or int(parts[1]) < self.settings.iterations


def check_and_upgrade(conn, user_id: int, password: str, hasher: PortalPasswordHasher | None = None) -> bool:
    hasher = hasher or PortalPasswordHasher()
    row = conn.execute("SELECT password FROM portal_users WHERE id = ?", (user_id,)).fetchone()
    if row is None or not hasher.verify(password, row[0]):
        return False
    if hasher.needs_rehash(row[0]):
        conn.execute("UPDATE portal_users SET password = ? WHERE id = ?", (hasher.hash(password), user_id))
        conn.commit()
    return True
