"""Account storage for tour guides who sign in to the guide companion app."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


@dataclass
class Guide:
    guide_id: int
    email: str
    display_name: str
    region: str


def _derive(password: str, salt: bytes, settings: HashSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


class GuideAccountStore:
    """Creates guide accounts and checks their app logins."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings

    def create_guide(self, email: str, display_name: str, region: str, password: str) -> int:
        if len(password) < 10:
            raise ValueError("guide passwords must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = _derive(password, salt, self._settings)
        cur = self._conn.execute(
            "INSERT INTO guides (email, display_name, region, pw_salt, pw_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                email.lower(),
                display_name,
                region,
                salt.hex(),
                digest.hex(),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Guide | None:
        row = self._conn.execute(
            "SELECT id, email, display_name, region, pw_salt, pw_hash FROM guides WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = _derive(password, bytes.fromhex(row["pw_salt"]), self._settings)
        if not hmac.compare_digest(candidate.hex(), row["pw_hash"]):
            return None
        return Guide(row["id"], row["email"], row["display_name"], row["region"])

    def guides_in_region(self, region: str) -> list[Guide]:
        rows = self._conn.execute(
            "SELECT id, email, display_name, region FROM guides WHERE region = ? ORDER BY display_name",
            (region,),
        ).fetchall()
        return [Guide(r["id"], r["email"], r["display_name"], r["region"]) for r in rows]
