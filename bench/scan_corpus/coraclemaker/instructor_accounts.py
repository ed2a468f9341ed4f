"""Instructor account management for the workshop's staff area.

Instructors log in to see their paddling course rosters and to sign off
river permit paperwork.  Credentials are stored in the ``instructors``
table as ``pbkdf2_<algo>$<iterations>$<salt>$<hash>`` strings.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = HashSettings()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, settings: HashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    digest = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


class InstructorRepository:
    """Thin data-access layer over the ``instructors`` table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def create(self, email: str, full_name: str, password: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO instructors (email, full_name, password_hash, active) "
            "VALUES (?, ?, ?, 1)",
            (email.strip().lower(), full_name, hash_password(password)),
        )
        self.conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash, active FROM instructors WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not row[2]:
            return None
        if verify_password(password, row[1]):
            return int(row[0])
        return None

    def change_password(self, instructor_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("instructor passwords must be at least 12 characters")
        self.conn.execute(
            "UPDATE instructors SET password_hash = ? WHERE id = ?",
            (hash_password(new_password), instructor_id),
        )
        self.conn.commit()

    def deactivate(self, instructor_id: int) -> None:
        self.conn.execute("UPDATE instructors SET active = 0 WHERE id = ?", (instructor_id,))
        self.conn.commit()
