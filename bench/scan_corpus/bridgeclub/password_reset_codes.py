"""Password reset codes for the member portal.

A six-digit code is mailed to the member; it is valid for fifteen minutes
and for at most five attempts.
"""
from __future__ import annotations

import hmac
import random
import smtplib
import sqlite3
import ssl
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from typing import Optional

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class ResetCodeService:
    def __init__(self, db_path: str, smtp_host: str, sender: str) -> None:
        self._db_path = db_path
        self._smtp_host = smtp_host
        self._sender = sender
        self._rng = random.Random()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path)

    def _make_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def issue(self, email: str) -> Optional[int]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id FROM members WHERE email = ? AND active = 1", (email.lower(),)
            ).fetchone()
            if row is None:
                return None
            member_id = row[0]
            code = self._make_code()
            expires = datetime.now(timezone.utc) + CODE_TTL
            conn.execute("DELETE FROM reset_codes WHERE member_id = ?", (member_id,))
            conn.execute(
                "INSERT INTO reset_codes (member_id, code, expires_at, attempts)"
                " VALUES (?, ?, ?, 0)",
                (member_id, code, expires.isoformat()),
            )
        self._send(email, code)
        return member_id

    def _send(self, email: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._sender
        msg["To"] = email
        msg["Subject"] = "Your bridge club password reset code"
        msg.set_content(f"Your reset code is {code}. It expires in 15 minutes.")
        with smtplib.SMTP(self._smtp_host) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.send_message(msg)

    def redeem(self, member_id: int, submitted: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT code, expires_at, attempts FROM reset_codes WHERE member_id = ?",
                (member_id,),
            ).fetchone()
            if row is None:
                return False
            code, expires_at, attempts = row
            if attempts >= MAX_ATTEMPTS or datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
                conn.execute("DELETE FROM reset_codes WHERE member_id = ?", (member_id,))
                return False
            if not hmac.compare_digest(code, submitted.strip()):
                conn.execute(
                    "UPDATE reset_codes SET attempts = attempts + 1 WHERE member_id = ?",
                    (member_id,),
                )
                return False
            conn.execute("DELETE FROM reset_codes WHERE member_id = ?", (member_id,))
            return True
