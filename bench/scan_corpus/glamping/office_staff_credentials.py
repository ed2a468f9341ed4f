"""Office staff credentials for the reservations back office.

Passwords are stored in Django-style ``pbkdf2_sha256$iter$salt$hash``
strings so they can be migrated to the Django admin later.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


class OfficeCredentialStore:
    def __init__(self, db_path: str, kdf: KdfSettings = KDF) -> None:
        self.kdf = kdf
        self.db = sqlite3.connect(db_path)

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.kdf.algorithm, password.encode(), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.kdf.salt_bytes)
        digest = self._derive(password, salt, self.kdf.iterations)
        return "$".join(
            [
                f"pbkdf2_{self.kdf.algorithm}",
                str(self.kdf.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        _, iterations, salt_b64, digest_b64 = encoded.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def set_password(self, username: str, password: str) -> None:
        with self.db:
            self.db.execute(
                "UPDATE office_staff SET password = ? WHERE username = ?",
                (self.encode(password), username),
            )

    def check_login(self, username: str, password: str) -> bool:
        row = self.db.execute(
            "SELECT password FROM office_staff WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return False
        ok = self.verify(password, row[0])
        if ok and int(row[0].split("$")[1]) < self.kdf.iterations:
            self.set_password(username, password)
        return ok
