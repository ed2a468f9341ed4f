"""Credential store for dose calibrator operators.

Technologists countersign each unit-dose assay at the calibrator
workstation. Passwords are derived with PBKDF2-HMAC-SHA256.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class KdfConfig:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_len: int = 16


class OperatorCredentials:
    def __init__(self, db_path: str, kdf: KdfConfig = KdfConfig()) -> None:
        self._db_path = db_path
        self._kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._kdf.digest, password.encode("utf-8"), salt, iterations)

    def set_password(self, badge_id: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("operator passwords need at least 10 characters")
        salt = os.urandom(self._kdf.salt_len)
        derived = self._derive(password, salt, self._kdf.iterations)
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "INSERT INTO operator_credentials (badge_id, salt, iterations, derived) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(badge_id) DO UPDATE SET "
                "salt = excluded.salt, iterations = excluded.iterations, derived = excluded.derived",
                (badge_id, salt, self._kdf.iterations, derived),
            )

    def verify(self, badge_id: str, password: str) -> bool:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT salt, iterations, derived FROM operator_credentials WHERE badge_id = ?",
                (badge_id,),
            ).fetchone()
        if row is None:
            return False
        salt, iterations, derived = row
        candidate = self._derive(password, salt, iterations)
        if not hmac.compare_digest(candidate, derived):
            return False
        if iterations < self._kdf.iterations:
            self.set_password(badge_id, password)
        return True


def countersign(creds: OperatorCredentials, badge_id: str, password: str, dose_id: str) -> str:
    if not creds.verify(badge_id, password):
        raise PermissionError(f"operator {badge_id} could not be verified")
    return f"{dose_id}:countersigned:{badge_id}"
