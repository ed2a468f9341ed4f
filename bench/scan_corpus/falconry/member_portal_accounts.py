"""Account storage for the supporters' membership portal.

Members sign up online to adopt a bird, book experience days and read the
monthly newsletter. This module owns the ``members`` table and password checks.
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


DEFAULT_HASH = HashSettings()
MEMBERSHIP_TIERS = ("friend", "adopter", "patron")


@dataclass
class Member:
    email: str
    display_name: str
    tier: str


class MemberAccountStore:
    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH) -> None:
        self._db = sqlite3.connect(db_path)
        self._settings = settings
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS members ("
            " email TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
            " tier TEXT NOT NULL, salt BLOB NOT NULL, pw_hash BLOB NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, email: str, display_name: str, password: str,
                 tier: str = "friend") -> Member:
        if tier not in MEMBERSHIP_TIERS:
            raise ValueError(f"unknown membership tier: {tier}")
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._db:
            self._db.execute(
                "INSERT INTO members (email, display_name, tier, salt, pw_hash)"
                " VALUES (?, ?, ?, ?, ?)",
                (email.lower(), display_name, tier, salt, digest),
            )
        return Member(email.lower(), display_name, tier)

    def authenticate(self, email: str, password: str) -> Optional[Member]:
        row = self._db.execute(
            "SELECT email, display_name, tier, salt, pw_hash FROM members WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, row[3])
        if not hmac.compare_digest(candidate, row[4]):
            return None
        return Member(row[0], row[1], row[2])

    def change_tier(self, email: str, tier: str) -> None:
        if tier not in MEMBERSHIP_TIERS:
            raise ValueError(f"unknown membership tier: {tier}")
        with self._db:
            self._db.execute(
                "UPDATE members SET tier = ? WHERE email = ?", (tier, email.lower())
            )
