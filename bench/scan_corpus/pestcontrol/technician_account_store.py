"""Account storage for field technicians who sign in to the service app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


@dataclass
class Technician:
    badge_no: str
    full_name: str
    licence_no: Optional[str]


class TechnicianAccountStore:
    """Keeps technician logins next to their applicator licence numbers."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
        self._conn = sqlite3.connect(db_path)
        self._settings = settings
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS technicians ("
            " badge_no TEXT PRIMARY KEY, full_name TEXT NOT NULL,"
            " licence_no TEXT, password_hash TEXT NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def register(self, tech: Technician, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO technicians (badge_no, full_name, licence_no, password_hash)"
                " VALUES (?, ?, ?, ?)",
                (tech.badge_no, tech.full_name, tech.licence_no, self._encode(password)),
            )

    def authenticate(self, badge_no: str, password: str) -> Optional[Technician]:
        row = self._conn.execute(
            "SELECT badge_no, full_name, licence_no, password_hash FROM technicians"
            " WHERE badge_no = ?",
            (badge_no,),
        ).fetchone()
        if row is None:
            return None
        _scheme, iterations, salt_b64, digest_b64 = row[3].split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        if not hmac.compare_digest(candidate, base64.b64decode(digest_b64)):
            return None
        return Technician(badge_no=row[0], full_name=row[1], licence_no=row[2])

    def change_password(self, badge_no: str, new_password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE technicians SET password_hash = ? WHERE badge_no = ?",
                (self._encode(new_password), badge_no),
            )
