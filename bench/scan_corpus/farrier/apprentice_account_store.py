"""Accounts for apprentice farriers logging hours against shoeing jobs."""
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
    iterations: int = 600_000
    salt_size: int = 16


KDF = KdfSettings()


def _derive(password: str, salt: bytes, settings: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(settings.digest, password.encode("utf-8"), salt, settings.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(KDF.salt_size)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        KDF.digest,
        KDF.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    settings = KdfSettings(digest=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class ApprenticeAccountStore:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def create(self, name: str, email: str, password: str, mentor_id: int) -> int:
        if len(password) < 12:
            raise ValueError("password too short")
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO apprentices (name, email, mentor_id, password_hash) VALUES (?, ?, ?, ?)",
                (name, email.lower(), mentor_id, encode_password(password)),
            )
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash FROM apprentices WHERE email = ? AND active = 1",
            (email.lower(),),
        ).fetchone()
        if row is None or not check_password(password, row["password_hash"]):
            return None
        if f"${KDF.iterations}$" not in row["password_hash"]:
            with self.conn:
                self.conn.execute(
                    "UPDATE apprentices SET password_hash = ? WHERE id = ?",
                    (encode_password(password), row["id"]),
                )
        return row["id"]

    def log_hours(self, apprentice_id: int, appointment_id: int, hours: float) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO apprentice_hours (apprentice_id, appointment_id, hours) VALUES (?, ?, ?)",
                (apprentice_id, appointment_id, hours),
            )
