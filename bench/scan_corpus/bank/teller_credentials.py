"""Offline credential cache for the branch teller workstation.

When the link to core banking drops, tellers can still sign in against this
local cache and keep serving cash-only transactions until the link returns.
Entries are refreshed from the directory at the start of every shift.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

# Tuned so sign-in on the older branch thin clients stays under 200 ms.
PBKDF2_ROUNDS = 100_000
SALT_BYTES = 16
DB_PATH = os.environ.get("TELLER_OFFLINE_DB", "/var/lib/teller/offline.db")


@dataclass
class CachedTeller:
    teller_id: str
    branch_code: str
    salt: bytes
    digest: bytes


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)


class OfflineCredentialStore:
    def __init__(self, path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS tellers ("
            "teller_id TEXT PRIMARY KEY, branch_code TEXT, salt BLOB, digest BLOB)"
        )

    def enrol(self, teller_id: str, branch_code: str, password: str) -> None:
        salt = os.urandom(SALT_BYTES)
        self._conn.execute(
            "INSERT OR REPLACE INTO tellers VALUES (?, ?, ?, ?)",
            (teller_id, branch_code, salt, _derive(password, salt)),
        )
        self._conn.commit()

    def verify(self, teller_id: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT teller_id, branch_code, salt, digest FROM tellers WHERE teller_id = ?",
            (teller_id,),
        ).fetchone()
        if row is None:
            return False
        cached = CachedTeller(*row)
        return hmac.compare_digest(_derive(password, cached.salt), cached.digest)

    def purge_branch(self, branch_code: str) -> int:
        cur = self._conn.execute("DELETE FROM tellers WHERE branch_code = ?", (branch_code,))
        self._conn.commit()
        return cur.rowcount
