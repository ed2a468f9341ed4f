"""Check-in codes for swim session sign-ups.

Each booking gets a six-digit code sent by SMS; the session leader types it
into the check-in tablet at the beach so the headcount matches the list.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite3

CODE_TTL = timedelta(hours=6)


@dataclass
class CheckinCode:
    signup_id: int
    session_id: int
    code: str
    expires_at: datetime


class CheckinCodeIssuer:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _six_digits() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def issue(self, signup_id: int, session_id: int) -> CheckinCode:
        code = CheckinCode(
            signup_id=signup_id,
            session_id=session_id,
            code=self._six_digits(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        with self._conn:
            self._conn.execute(
                "INSERT INTO checkin_codes (signup_id, session_id, code, expires_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT(signup_id) DO UPDATE SET code = excluded.code,"
                " expires_at = excluded.expires_at",
                (code.signup_id, code.session_id, code.code, code.expires_at.isoformat()),
            )
        return code

    def sms_text(self, code: CheckinCode, session_name: str) -> str:
        return f"Booked on {session_name}. Check-in code {code.code}. Swim safe!"
