"""Passcode storage for the defendant check-in app, PostgreSQL edition.

Replaces the SQLite store used by the pilot. Passcodes unlock the weekly
check-in screen and are re-set by the agent if a defendant forgets theirs.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
import psycopg

log = logging.getLogger(__name__)


class PasscodePolicyError(ValueError):
    pass


@dataclass(frozen=True)
class PasscodePolicy:
    min_length: int = 8
    bcrypt_rounds: int = 12


class CheckinPasscodes:
    POLICY = PasscodePolicy()

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @classmethod
    def _hash(cls, passcode: str) -> bytes:
        salt = bcrypt.gensalt(rounds=cls.POLICY.bcrypt_rounds)
        return bcrypt.hashpw(passcode.encode("utf-8"), salt)

    def set_passcode(self, defendant_id: int, passcode: str, set_by: str) -> None:
        if len(passcode) < self.POLICY.min_length:
            raise PasscodePolicyError(
                f"passcode must be at least {self.POLICY.min_length} characters"
            )
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO checkin_passcodes (defendant_id, passcode_hash, updated_at, updated_by)"
                " VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (defendant_id) DO UPDATE SET passcode_hash = EXCLUDED.passcode_hash,"
                " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by",
                (defendant_id, self._hash(passcode), datetime.now(timezone.utc), set_by),
            )
        self._conn.commit()
        log.info("check-in passcode for defendant %s set by %s", defendant_id, set_by)

    def verify(self, defendant_id: int, passcode: str) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT passcode_hash FROM checkin_passcodes WHERE defendant_id = %s",
                (defendant_id,),
            )
            row = cur.fetchone()
        if row is None:
            return False
        return bcrypt.checkpw(passcode.encode("utf-8"), bytes(row[0]))
