"""Credential storage for adjudicators signing in on the scoring tablets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


DEFAULT_KDF = KdfSettings()


class AdjudicatorCredentials:
    def __init__(self, db_path: str, kdf: KdfSettings = DEFAULT_KDF) -> None:
        self._db_path = db_path
        self._kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._kdf.algorithm, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = os.urandom(self._kdf.salt_bytes)
        digest = self._derive(password, salt, self._kdf.iterations)
        return "$".join(
            [
                f"pbkdf2_{self._kdf.algorithm}",
                str(self._kdf.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self._kdf.iterations

    def set_password(self, adjudicator_id: int, password: str) -> None:
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "UPDATE adjudicators SET password_hash = ? WHERE id = ?",
                (self.encode(password), adjudicator_id),
            )

    def sign_in(self, licence_id: str, password: str) -> Optional[int]:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM adjudicators WHERE licence_id = ?",
                (licence_id,),
            ).fetchone()
        if row is None or not self.verify(password, row[1]):
            return None
        if self.needs_rehash(row[1]):
            self.set_password(row[0], password)
        return int(row[0])
