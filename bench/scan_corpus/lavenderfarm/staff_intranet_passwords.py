"""Password encoding for the staff intranet's own user table (seasonal pickers, still hands)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 720_000
SALT_BYTES = 16


@dataclass(frozen=True)
class EncodedPassword:
    iterations: int
    salt: bytes
    digest: bytes

    def dumps(self) -> str:
        return "pbkdf2_sha256${}${}${}".format(
            self.iterations,
            base64.b64encode(self.salt).decode("ascii"),
            base64.b64encode(self.digest).decode("ascii"),
        )

    @classmethod
    def loads(cls, encoded: str) -> "EncodedPassword":
        _, iterations, salt, digest = encoded.split("$")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def make_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return EncodedPassword(iterations, salt, _pbkdf2(password, salt, iterations)).dumps()


def check_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_upgrade)."""
    stored = EncodedPassword.loads(encoded)
    candidate = _pbkdf2(password, stored.salt, stored.iterations)
    ok = hmac.compare_digest(candidate, stored.digest)
    return ok, ok and stored.iterations < PBKDF2_ITERATIONS


class StaffDirectory:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path)

    def add(self, login: str, full_name: str, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO staff (login, full_name, password) VALUES (?, ?, ?)",
                (login, full_name, make_password(password)),
            )

    def verify(self, login: str, password: str) -> bool:
        row = self._conn.execute("SELECT password FROM staff WHERE login = ?", (login,)).fetchone()
        if row is None:
            return False
        ok, upgrade = check_password(password, row[0])
        if upgrade:
            with self._conn:
                self._conn.execute(
                    "UPDATE staff SET password = ? WHERE login = ?", (make_password(password), login)
                )
        return ok
