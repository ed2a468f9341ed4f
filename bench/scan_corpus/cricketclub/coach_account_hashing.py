"""Password hashing for coach accounts on the junior coaching rota system."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PBKDF2Settings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


SETTINGS = PBKDF2Settings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def encode_password(password: str, cfg: PBKDF2Settings = SETTINGS) -> str:
    salt = os.urandom(cfg.salt_bytes)
    dk = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)
    return f"pbkdf2_{cfg.algorithm}${cfg.iterations}${_b64(salt)}${_b64(dk)}"


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = encoded.split("$", 3)
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(_b64(dk), dk_b64)


def needs_upgrade(encoded: str, cfg: PBKDF2Settings = SETTINGS) -> bool:
    return int(encoded.split("$", 2)[1]) < cfg.iterations


class CoachAccounts:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def create(self, email: str, name: str, password: str) -> int:
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO coaches (email, name, password) VALUES (?, ?, ?)",
                (email.lower(), name, encode_password(password)),
            )
        return cur.lastrowid

    def login(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password FROM coaches WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None or not verify_password(password, row[1]):
            return None
        coach_id, encoded = row
        if needs_upgrade(encoded):
            with self._conn:
                self._conn.execute(
                    "UPDATE coaches SET password = ? WHERE id = ?",
                    (encode_password(password), coach_id),
                )
        return coach_id
