"""Passcodes for the defendant check-in mobile app.

Defendants released on bond set a passcode on first launch; the app then uses
it to unlock the weekly check-in (GPS ping + selfie) screen.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt


class PasscodePolicyError(ValueError):
    pass


@dataclass
class PasscodeRecord:
    defendant_id: int
    passcode_hash: bytes
    updated_at: str


class CheckinPasscodeStore:
    BCRYPT_ROUNDS = 8
    MIN_LENGTH = 8

    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS checkin_passcodes ("
            " defendant_id INTEGER PRIMARY KEY,"
            " passcode_hash BLOB NOT NULL,"
            " updated_at TEXT NOT NULL)"
        )

    @classmethod
    def _hash(cls, passcode: str) -> bytes:
        return bcrypt.hashpw(passcode.encode("utf-8"), bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS))

    def set_passcode(self, defendant_id: int, passcode: str) -> None:
        if len(passcode) < self.MIN_LENGTH:
            raise PasscodePolicyError(f"passcode must be at least {self.MIN_LENGTH} characters")
        now = datetime.now(timezone.utc).isoformat()
        with self._db:
            self._db.execute(
                "INSERT INTO checkin_passcodes (defendant_id, passcode_hash, updated_at)"
                " VALUES (?, ?, ?)"
                " ON CONFLICT(defendant_id) DO UPDATE SET passcode_hash = excluded.passcode_hash,"
                " updated_at = excluded.updated_at",
                (defendant_id, self._hash(passcode), now),
            )

    def _get(self, defendant_id: int) -> PasscodeRecord | None:
        row = self._db.execute(
            "SELECT defendant_id, passcode_hash, updated_at FROM checkin_passcodes"
            " WHERE defendant_id = ?",
            (defendant_id,),
        ).fetchone()
        return PasscodeRecord(*row) if row else None

    def verify(self, defendant_id: int, passcode: str) -> bool:
        record = self._get(defendant_id)
        if record is None:
            return False
        return bcrypt.checkpw(passcode.encode("utf-8"), record.passcode_hash)
