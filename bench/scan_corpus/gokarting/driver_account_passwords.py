"""Password storage for driver accounts on the booking portal.

Drivers log in to see their licence status, upcoming sessions and
personal best laps. Hashes are stored in the ``drivers`` table as a
self-describing string so the parameters can be changed later.
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
    iterations: int = 120_000
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_SETTINGS = HashSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


class DriverPasswordHasher:
    """Derives and checks password hashes for driver accounts."""

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            _b64(salt),
            _b64(digest),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2_" + self.settings.algorithm:
            return False
        expected = _unb64(digest_b64)
        candidate = self._derive(password, _unb64(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self.settings.iterations

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self.settings.dklen,
        )


def set_driver_password(conn, driver_id: int, password: str) -> None:
    hasher = DriverPasswordHasher()
    conn.execute(
        "UPDATE drivers SET password_hash = ? WHERE id = ?",
        (hasher.hash(password), driver_id),
    )
    conn.commit()


def check_driver_login(conn, email: str, password: str) -> int | None:
    row = conn.execute(
        "SELECT id, password_hash FROM drivers WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()
    if row is None:
        return None
    hasher = DriverPasswordHasher()
    if not hasher.verify(password, row[1]):
        return None
    if hasher.needs_rehash(row[1]):
        set_driver_password(conn, row[0], password)
    return row[0]
