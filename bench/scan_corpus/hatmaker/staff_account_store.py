"""Staff account storage for the workshop back office.

Accounts for milliners, fitters and shop staff live in the ``staff`` table.
Passwords are stored as ``pbkdf2_<alg>$<iterations>$<salt>$<hash>`` strings so
the parameters can be changed later without breaking existing rows.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, settings: HashingSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


class StaffAccountStore:
    """Thin repository around the staff table."""

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " id INTEGER PRIMARY KEY,"
            " email TEXT UNIQUE NOT NULL,"
            " full_name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('milliner', 'fitter', 'shop', 'admin')),"
            " password_hash TEXT NOT NULL)"
        )

    def create(self, email: str, full_name: str, role: str, password: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO staff (email, full_name, role, password_hash) VALUES (?, ?, ?, ?)",
            (email.strip().lower(), full_name, role, hash_password(password)),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Optional[dict]:
        row = self._conn.execute(
            "SELECT id, email, full_name, role, password_hash FROM staff WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not verify_password(password, row["password_hash"]):
            return None
        return {"id": row["id"], "email": row["email"], "name": row["full_name"], "role": row["role"]}

    def change_password(self, staff_id: int, new_password: str) -> None:
        self._conn.execute(
            "UPDATE staff SET password_hash = ? WHERE id = ?",
            (hash_password(new_password), staff_id),
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
