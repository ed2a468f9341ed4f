"""Member portal registration and login for the LaserQuest arena website."""
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
    pbkdf2_iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashSettings()


class MemberRepository:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS members ("
            "id INTEGER PRIMARY KEY, email TEXT UNIQUE, callsign TEXT, pw_hash TEXT)"
        )

    def add(self, email: str, callsign: str, pw_hash: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO members (email, callsign, pw_hash) VALUES (?, ?, ?)",
            (email.lower(), callsign, pw_hash),
        )
        self._conn.commit()
        return cur.lastrowid

    def hash_for(self, email: str) -> Optional[str]:
        row = self._conn.execute(
            "SELECT pw_hash FROM members WHERE email = ?", (email.lower(),)
        ).fetchone()
        return row[0] if row else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, settings: HashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.pbkdf2_iterations
    )
    return "$".join(
        ["pbkdf2", settings.algorithm, str(settings.pbkdf2_iterations), _b64(salt), _b64(digest)]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        _, algorithm, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


class MemberPortal:
    """Thin service used by the website's account pages."""

    def __init__(self, repo: MemberRepository) -> None:
        self._repo = repo

    def register(self, email: str, callsign: str, password: str) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        return self._repo.add(email, callsign, hash_password(password))

    def login(self, email: str, password: str) -> bool:
        stored = self._repo.hash_for(email)
        if stored is None:
            return False
        return verify_password(password, stored)
