"""Account storage for the allotment volunteer committee portal.

Committee members (site reps, the treasurer and the lettings officer) sign in
to the portal to review waiting-list offers and plot inspection outcomes.
"""
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
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


def derive_key(password: str, salt: bytes, settings: HashingSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)


class CommitteeAccounts:
    """Thin repository over the ``committee_member`` table."""

    def __init__(self, db_path: str, settings: HashingSettings = SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings

    def create_member(self, email: str, display_name: str, role: str, password: str) -> int:
        salt = os.urandom(self._settings.salt_bytes)
        digest = derive_key(password, salt, self._settings)
        cur = self._conn.execute(
            "INSERT INTO committee_member (email, display_name, role, salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (email.lower(), display_name, role, salt, digest),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def _load(self, email: str) -> Optional[sqlite3.Row]:
        cur = self._conn.execute(
            "SELECT id, salt, pw_hash, role, active FROM committee_member WHERE email = ?",
            (email.lower(),),
        )
        return cur.fetchone()

    def authenticate(self, email: str, password: str) -> Optional[dict]:
        row = self._load(email)
        if row is None or not row["active"]:
            return None
        candidate = derive_key(password, row["salt"], self._settings)
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return {"id": row["id"], "email": email.lower(), "role": row["role"]}

    def change_password(self, member_id: int, new_password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = derive_key(new_password, salt, self._settings)
        self._conn.execute(
            "UPDATE committee_member SET salt = ?, pw_hash = ? WHERE id = ?",
            (salt, digest, member_id),
        )
        self._conn.commit()

    def deactivate(self, member_id: int) -> None:
        self._conn.execute("UPDATE committee_member SET active = 0 WHERE id = ?", (member_id,))
        self._conn.commit()
