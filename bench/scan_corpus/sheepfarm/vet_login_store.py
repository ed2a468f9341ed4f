"""Local credential store for visiting vets using the flock health tablet app.

The tablet runs offline in the shearing shed, so vet logins are checked
against a small SQLite file that is synced nightly.
"""
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from hmac import compare_digest
from typing import Optional

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS vet_logins (
    vet_id      INTEGER PRIMARY KEY,
    practice    TEXT NOT NULL,
    username    TEXT NOT NULL UNIQUE,
    salt        TEXT NOT NULL,
    pw_digest   TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
)
"""


@dataclass
class VetLogin:
    vet_id: int
    practice: str
    username: str


def _salted(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class VetLoginStore:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(SCHEMA)

    def add(self, practice: str, username: str, password: str) -> int:
        salt = secrets.token_hex(16)
        cur = self._conn.execute(
            "INSERT INTO vet_logins (practice, username, salt, pw_digest) "
            "VALUES (?, ?, ?, ?)",
            (practice, username, salt, _salted(password, salt)),
        )
        self._conn.commit()
        log.info("added vet login %s for practice %s", username, practice)
        return cur.lastrowid

    def authenticate(self, username: str, password: str) -> Optional[VetLogin]:
        row = self._conn.execute(
            "SELECT vet_id, practice, username, salt, pw_digest "
            "FROM vet_logins WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        if not compare_digest(_salted(password, row["salt"]), row["pw_digest"]):
            log.warning("failed tablet login for %s", username)
            return None
        return VetLogin(row["vet_id"], row["practice"], row["username"])

    def deactivate(self, username: str) -> None:
        self._conn.execute(
            "UPDATE vet_logins SET active = 0 WHERE username = ?", (username,)
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
