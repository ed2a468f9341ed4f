"""Staff accounts for the rota planner used by the field and distillery teams."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


def _derive(password: str, salt: bytes, settings: HashingSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{SETTINGS.algorithm}",
            str(SETTINGS.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    settings = HashingSettings(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class RotaAccountStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS rota_staff ("
            " username TEXT PRIMARY KEY,"
            " display_name TEXT NOT NULL,"
            " team TEXT NOT NULL,"
            " password_hash TEXT NOT NULL)"
        )

    def register(self, username: str, display_name: str, team: str, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO rota_staff (username, display_name, team, password_hash)"
                " VALUES (?, ?, ?, ?)",
                (username, display_name, team, encode_password(password)),
            )

    def authenticate(self, username: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT password_hash FROM rota_staff WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            return False
        return check_password(password, row[0])

    def change_password(self, username: str, old: str, new: str) -> bool:
        if not self.authenticate(username, old):
            return False
        with self._conn:
            self._conn.execute(
                "UPDATE rota_staff SET password_hash = ? WHERE username = ?",
                (encode_password(new), username),
            )
        return True
