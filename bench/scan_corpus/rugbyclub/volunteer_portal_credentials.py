"""Credentials for the volunteer rota portal (gate stewards, bar, kit room)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_length: int = 32


KDF = KdfSettings()


class VolunteerCredentials:
    """Stores volunteer passwords as ``pbkdf2_sha256$iterations$salt$hash``."""

    def __init__(self, settings: KdfSettings = KDF) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._settings.key_length,
        )

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "$".join([
            f"pbkdf2_{self._settings.algorithm}",
            str(self._settings.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ])

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self._settings.algorithm}":
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def needs_upgrade(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self._settings.iterations


def set_volunteer_password(conn, volunteer_id: int, password: str) -> None:
    encoded = VolunteerCredentials().encode(password)
    with conn:
        conn.execute("UPDATE volunteers SET password = ? WHERE id = ?", (encoded, volunteer_id))
