"""Staff accounts for the taproom POS: creation, password checks and role lookups."""
from __future__ import annotations

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


@dataclass
class StaffMember:
    staff_id: int
    username: str
    role: str


def _derive(password: str, salt: bytes, settings: HashingSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2${SETTINGS.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _scheme, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    settings = HashingSettings(iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class StaffRepository:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " id INTEGER PRIMARY KEY, username TEXT UNIQUE, role TEXT, password TEXT)"
        )

    def create(self, username: str, password: str, role: str = "bartender") -> int:
        cur = self.conn.execute(
            "INSERT INTO staff (username, role, password) VALUES (?, ?, ?)",
            (username, role, encode_password(password)),
        )
        self.conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, username: str, password: str) -> Optional[StaffMember]:
        row = self.conn.execute(
            "SELECT id, username, role, password FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None or not check_password(password, row[3]):
            return None
        return StaffMember(staff_id=row[0], username=row[1], role=row[2])

    def change_password(self, staff_id: int, new_password: str) -> None:
        self.conn.execute(
            "UPDATE staff SET password = ? WHERE id = ?",
            (encode_password(new_password), staff_id),
        )
        self.conn.commit()
