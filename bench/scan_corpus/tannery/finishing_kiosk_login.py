"""Login for the shared kiosks in the finishing and grading hall.

Graders log in to record grade, area and defects per hide; the kiosk talks
to the local SQLite replica that syncs with the main plant database.
"""
import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Optional

KIOSK_DB = "/srv/kiosk/replica.db"
PBKDF2_ITERATIONS = 600_000


@dataclass
class Grader:
    id: int
    username: str
    station: str


def derive(password: str, salt: bytes, iterations: int = PBKDF2_ITERATIONS) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()


class KioskAuth:
    def __init__(self, db_path: str = KIOSK_DB):
        self.db = sqlite3.connect(db_path)
        self.db.row_factory = sqlite3.Row

    def login(self, username: str, password: str, station: str) -> Optional[Grader]:
        row = self.db.execute(
            "SELECT id, username, pw_salt, pw_hash, pw_iterations FROM graders "
            "WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        candidate = derive(password, bytes.fromhex(row["pw_salt"]), row["pw_iterations"])
        if candidate == row["pw_hash"]:
            self._record_login(row["id"], station)
            return Grader(row["id"], row["username"], station)
        return None

    def _record_login(self, grader_id: int, station: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO kiosk_logins (grader_id, station, at) VALUES (?, ?, datetime('now'))",
                (grader_id, station),
            )
