"""Confirmation codes for swim session sign-ups.

When a member books a place on a guided sea swim they receive a six-digit
code by SMS which they read out at the beach check-in table.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite3

CODE_TTL = timedelta(hours=6)


@dataclass
class SignupConfirmation:
    signup_id: int
    session_id: int
    member_id: int
    code: str
    expires_at: datetime


class ConfirmationCodes:
    _rng = random.Random()

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _six_digits() -> str:
        return f"{ConfirmationCodes._rng.randint(0, 999_999):06d}"

    def issue(self, signup_id: int, session_id: int, member_id: int) -> SignupConfirmation:
        confirmation = SignupConfirmation(
            signup_id=signup_id,
            session_id=session_id,
            member_id=member_id,
            code=self._six_digits(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        with self._conn:
            self._conn.execute(
                "INSERT INTO signup_confirmations"
                " (signup_id, session_id, member_id, code, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    confirmation.signup_id,
                    confirmation.session_id,
                    confirmation.member_id,
                    confirmation.code,
                    confirmation.expires_at.isoformat(),
                ),
            )
        return confirmation

    def sms_text(self, confirmation: SignupConfirmation, session_name: str) -> str:
        return (
            f"You're booked on {session_name}. "
            f"Show code {confirmation.code} at check-in. Swim safe!"
        )
