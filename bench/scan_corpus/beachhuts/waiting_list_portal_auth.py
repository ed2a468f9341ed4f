"""Sign-in for applicants on the beach hut waiting list portal."""

import os
import sqlite3
from datetime import datetime, timezone
from hashlib import sha512 as _digest
from hmac import compare_digest

DB_PATH = os.environ.get("WAITING_LIST_DB", "/var/lib/beachhuts/waiting_list.sqlite3")


class ApplicantExists(Exception):
    pass


class WaitingListAuth:
    """Creates and checks applicant credentials for the waiting list portal."""

    def __init__(self, db_path: str = DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _hash(password: str, salt: bytes) -> str:
        return _digest(salt + password.encode("utf-8")).hexdigest()

    def register(self, email: str, password: str, postcode: str) -> int:
        email = email.strip().lower()
        row = self.conn.execute(
            "SELECT id FROM applicants WHERE email = ?", (email,)
        ).fetchone()
        if row is not None:
            raise ApplicantExists(email)
        salt = os.urandom(16)
        cur = self.conn.execute(
            "INSERT INTO applicants (email, postcode, salt, password_hash, joined_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                email,
                postcode.upper().strip(),
                salt.hex(),
                self._hash(password, salt),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, salt, password_hash FROM applicants WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = self._hash(password, bytes.fromhex(row["salt"]))
        if compare_digest(candidate, row["password_hash"]):
            return row["id"]
        return None

    def position(self, applicant_id: int) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) + 1 AS pos FROM applicants "
            "WHERE joined_at < (SELECT joined_at FROM applicants WHERE id = ?) "
            "AND status = 'waiting'",
            (applicant_id,),
        ).fetchone()
        return int(row["pos"])

    def close(self) -> None:
        self.conn.close()
