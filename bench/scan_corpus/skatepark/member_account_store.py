"""Member account storage used by the front desk and the online booking portal."""
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


class MemberPasswordHasher:
    """Encodes passwords as ``pbkdf2_<alg>$<iterations>$<salt>$<digest>``."""

    def __init__(self, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt, self.settings.algorithm, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        algorithm = prefix.removeprefix("pbkdf2_")
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, base64.b64decode(salt_b64), algorithm, int(iterations))
        return hmac.compare_digest(actual, expected)


class MemberAccountStore:
    def __init__(self, db_path: str, hasher: Optional[MemberPasswordHasher] = None) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row
        self.hasher = hasher or MemberPasswordHasher()

    def create_member(self, email: str, full_name: str, password: str, tier: str = "casual") -> int:
        cur = self.conn.execute(
            "INSERT INTO members (email, full_name, password_hash, tier) VALUES (?, ?, ?, ?)",
            (email.strip().lower(), full_name, self.hasher.hash(password), tier),
        )
        self.conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Optional[sqlite3.Row]:
        row = self.conn.execute(
            "SELECT id, email, full_name, tier, password_hash FROM members WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not self.hasher.verify(password, row["password_hash"]):
            return None
        return row

    def change_password(self, member_id: int, new_password: str) -> None:
        self.conn.execute(
            "UPDATE members SET password_hash = ? WHERE id = ?",
            (self.hasher.hash(new_password), member_id),
        )
        self.conn.commit()
