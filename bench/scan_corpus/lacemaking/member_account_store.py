"""Member account persistence for the lace cooperative web portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class Member:
    member_id: int
    email: str
    display_name: str
    joined_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class MemberAccountStore:
    """Stores cooperative members and checks their portal passwords."""

    def __init__(self, db_path: str, settings: HashSettings | None = None) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create_member(self, email: str, display_name: str, password: str) -> Member:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        joined = datetime.now(timezone.utc)
        cur = self._conn.execute(
            "INSERT INTO members (email, display_name, password_hash, joined_at) "
            "VALUES (?, ?, ?, ?)",
            (email.strip().lower(), display_name, self._encode(salt, digest), joined.isoformat()),
        )
        self._conn.commit()
        return Member(cur.lastrowid, email.strip().lower(), display_name, joined)

    def verify_login(self, email: str, password: str) -> Member | None:
        row = self._conn.execute(
            "SELECT id, email, display_name, password_hash, joined_at FROM members WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        _scheme, iterations, salt_b64, digest_b64 = row["password_hash"].split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        if not hmac.compare_digest(candidate, expected):
            return None
        return Member(
            row["id"],
            row["email"],
            row["display_name"],
            datetime.fromisoformat(row["joined_at"]),
        )

    def change_password(self, member_id: int, new_password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt, self._settings.iterations)
        self._conn.execute(
            "UPDATE members SET password_hash = ? WHERE id = ?",
            (self._encode(salt, digest), member_id),
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
