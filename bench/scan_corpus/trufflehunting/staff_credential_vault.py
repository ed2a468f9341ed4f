"""PBKDF2 credential storage for back-office staff of the truffle orchard."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


class StaffCredentialVault:
    """Stores salted PBKDF2 hashes; old rows keep their own iteration count."""

    def __init__(self, db_path: str, kdf: KdfSettings = KdfSettings()) -> None:
        self._db_path = db_path
        self._kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._kdf.algorithm, password.encode("utf-8"), salt, iterations)

    def _store(self, conn: sqlite3.Connection, username: str, password: str) -> None:
        salt = os.urandom(self._kdf.salt_bytes)
        digest = self._derive(password, salt, self._kdf.iterations)
        conn.execute(
            "UPDATE staff SET salt = ?, iterations = ?, pw_hash = ? WHERE username = ?",
            (salt.hex(), self._kdf.iterations, digest.hex(), username),
        )

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        with sqlite3.connect(self._db_path) as conn:
            self._store(conn, username, password)

    def verify(self, username: str, password: str) -> bool:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT salt, iterations, pw_hash FROM staff WHERE username = ? AND active = 1",
                (username,),
            ).fetchone()
            if row is None:
                return False
            salt_hex, iterations, stored = row
            candidate = self._derive(password, bytes.fromhex(salt_hex), iterations)
            if not hmac.compare_digest(candidate.hex(), stored):
                return False
            if iterations < self._kdf.iterations:
                self._store(conn, username, password)
        return True
