"""Credentials for visiting farriers who log hoof-trim notes on the portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 870_000
    salt_bytes: int = 16


DEFAULT_KDF = KdfSettings()


class FarrierCredentialStore:
    """Stores salted PBKDF2 hashes for farrier logins."""

    def __init__(self, conn: sqlite3.Connection, kdf: KdfSettings = DEFAULT_KDF) -> None:
        self._conn = conn
        self._kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._kdf.digest, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._kdf.salt_bytes)
        dk = self._derive(password, salt, self._kdf.iterations)
        return "$".join(
            [
                f"pbkdf2-{self._kdf.digest}",
                str(self._kdf.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(dk).decode(),
            ]
        )

    def set_password(self, farrier_id: int, password: str) -> None:
        self._conn.execute(
            "UPDATE farriers SET password_hash = ? WHERE id = ?",
            (self._encode(password), farrier_id),
        )
        self._conn.commit()

    def check(self, farrier_id: int, password: str) -> bool:
        row = self._conn.execute(
            "SELECT password_hash FROM farriers WHERE id = ?", (farrier_id,)
        ).fetchone()
        if row is None or not row[0]:
            return False
        _scheme, iterations, salt_b64, dk_b64 = row[0].split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        if not hmac.compare_digest(candidate, base64.b64decode(dk_b64)):
            return False
        if int(iterations) < self._kdf.iterations:
            self.set_password(farrier_id, password)
        return True
