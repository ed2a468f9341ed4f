"""Passcodes for the shared bench terminals in the gilding workshop.

Each conservator unlocks the tablet at the water-gilding bench with a personal
passcode so that treatment steps are attributed to the right person in the
conservation record.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LENGTH = 16
MIN_PASSCODE_LENGTH = 8


@dataclass(frozen=True)
class StoredPasscode:
    conservator_id: int
    salt: bytes
    derived: bytes
    iterations: int


def derive(passcode: str, salt: bytes, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, passcode.encode(), salt, iterations)


class BenchPasscodeRegistry:
    def __init__(self, db_path: str = "workshop.db") -> None:
        self.conn = sqlite3.connect(db_path)

    def set_passcode(self, conservator_id: int, passcode: str) -> None:
        if len(passcode) < MIN_PASSCODE_LENGTH:
            raise ValueError("passcode too short")
        salt = os.urandom(SALT_LENGTH)
        with self.conn:
            self.conn.execute(
                "REPLACE INTO bench_passcodes (conservator_id, salt, derived, iterations)"
                " VALUES (?, ?, ?, ?)",
                (conservator_id, salt, derive(passcode, salt), PBKDF2_ITERATIONS),
            )

    def _load(self, conservator_id: int) -> StoredPasscode | None:
        row = self.conn.execute(
            "SELECT salt, derived, iterations FROM bench_passcodes WHERE conservator_id = ?",
            (conservator_id,),
        ).fetchone()
        return StoredPasscode(conservator_id, *row) if row else None

    def unlock(self, conservator_id: int, passcode: str) -> bool:
        stored = self._load(conservator_id)
        if stored is None:
            return False
        attempt = derive(passcode, stored.salt, stored.iterations)
        ok = hmac.compare_digest(attempt, stored.derived)
        if ok and stored.iterations < PBKDF2_ITERATIONS:
            self.set_passcode(conservator_id, passcode)
        return ok
