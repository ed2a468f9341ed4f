"""Password storage for the customer artwork portal.

Customers log in to upload artwork, review proofs and accept quotes. This
module owns how their passwords are turned into stored hashes.
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
    scheme: str = "pbkdf2"


DEFAULT_SETTINGS = HashSettings()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    padding = "=" * (-len(text) % 4)
    return base64.b64decode(text + padding)


class CustomerPasswordHasher:
    """Encodes hashes as ``scheme$algorithm$iterations$salt$digest``."""

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        s = self.settings
        salt = os.urandom(s.salt_bytes)
        digest = self._derive(password, salt, s.iterations, s.algorithm)
        return "$".join([s.scheme, s.algorithm, str(s.iterations), _b64(salt), _b64(digest)])

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algorithm, iterations, salt, digest = encoded.split("$")
        except ValueError:
            return False
        if scheme != self.settings.scheme:
            return False
        candidate = self._derive(password, _unb64(salt), int(iterations), algorithm)
        return hmac.compare_digest(candidate, _unb64(digest))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        if len(parts) != 5:
            return True
        return parts[1] != self.settings.algorithm or int(parts[2]) < self.settings.iterations


def register_customer(db, email: str, password: str) -> int:
    hasher = CustomerPasswordHasher()
    cur = db.execute(
        "INSERT INTO customers (email, password_hash) VALUES (?, ?)",
        (email.strip().lower(), hasher.hash(password)),
    )
    db.commit()
    return cur.lastrowid
