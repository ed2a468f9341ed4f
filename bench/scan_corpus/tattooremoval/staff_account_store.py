"""Staff account storage for the clinic back-office portal.

Laser technicians, front-desk staff and the medical director sign in to the
portal to review consultations, consent forms and treatment session notes.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


@dataclass
class StaffAccount:
    staff_id: int
    email: str
    role: str


class StaffAccountStore:
    """Creates and authenticates staff accounts kept in the clinic database."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        digest = self._derive(password, salt, iterations)
        return f"pbkdf2_{self._settings.algorithm}${iterations}${salt.hex()}${digest.hex()}"

    def create(self, email: str, role: str, password: str) -> int:
        if role not in {"technician", "reception", "director"}:
            raise ValueError(f"unknown staff role: {role}")
        cur = self._conn.execute(
            "INSERT INTO staff (email, role, password_hash) VALUES (?, ?, ?)",
            (email.strip().lower(), role, self._encode(password)),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def change_password(self, staff_id: int, new_password: str) -> None:
        self._conn.execute(
            "UPDATE staff SET password_hash = ? WHERE id = ?",
            (self._encode(new_password), staff_id),
        )
        self._conn.commit()

    def authenticate(self, email: str, password: str) -> Optional[StaffAccount]:
        row = self._conn.execute(
            "SELECT id, email, role, password_hash FROM staff WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        _scheme, iterations, salt_hex, digest_hex = row["password_hash"].split("$")
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        if not hmac.compare_digest(candidate.hex(), digest_hex):
            return None
        return StaffAccount(staff_id=row["id"], email=row["email"], role=row["role"])
