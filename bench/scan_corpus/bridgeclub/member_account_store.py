"""Member account persistence for the club website.

Accounts live in the club's SQLite database. Passwords are stored as
``pbkdf2_<alg>$<iterations>$<salt>$<hash>`` strings so the parameters can
be read back when a member signs in.
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
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class Member:
    member_id: int
    federation_number: str
    email: str
    display_name: str


class MemberAccountStore:
    def __init__(self, db_path: str, settings: Optional[HashSettings] = None) -> None:
        self._db_path = db_path
        self._settings = settings or HashSettings()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify_password(self, password: str, stored: str) -> bool:
        scheme, iterations, salt_b64, hash_b64 = stored.split("$")
        if scheme != f"pbkdf2_{self._settings.algorithm}":
            return False
        digest = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def create_member(
        self, federation_number: str, email: str, display_name: str, password: str
    ) -> int:
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO members (federation_number, email, display_name, password_hash)"
                " VALUES (?, ?, ?, ?)",
                (federation_number, email.lower(), display_name, self.hash_password(password)),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Optional[Member]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, federation_number, email, display_name, password_hash"
                " FROM members WHERE email = ? AND active = 1",
                (email.lower(),),
            ).fetchone()
        if row is None or not self.verify_password(password, row["password_hash"]):
            return None
        return Member(row["id"], row["federation_number"], row["email"], row["display_name"])

    def change_password(self, member_id: int, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE members SET password_hash = ? WHERE id = ?",
                (self.hash_password(new_password), member_id),
            )
