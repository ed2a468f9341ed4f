"""Six-digit password reset codes for guild member accounts, sent by email."""
from __future__ import annotations

import hmac
import os
import random
import smtplib
import sqlite3
import ssl
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage


class ResetCodeIssuer:
    def __init__(self, conn: sqlite3.Connection, sender: str, ttl_minutes: int = 15) -> None:
        self._conn = conn
        self._sender = sender
        self._ttl = timedelta(minutes=ttl_minutes)
        self._rng = random.Random()

    def _new_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def request_reset(self, email: str) -> None:
        row = self._conn.execute(
            "SELECT member_id FROM members WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None:
            return
        code = self._new_code()
        expires = datetime.now(timezone.utc) + self._ttl
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO reset_codes (member_id, code, expires_at, attempts) "
                "VALUES (?, ?, ?, 0)",
                (row[0], code, expires.isoformat()),
            )
        self._send(email, code)

    def confirm(self, email: str, submitted: str) -> int | None:
        row = self._conn.execute(
            "SELECT r.member_id, r.code, r.expires_at, r.attempts FROM reset_codes r "
            "JOIN members m ON m.member_id = r.member_id WHERE m.email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None or row[3] >= 5:
            return None
        if datetime.fromisoformat(row[2]) < datetime.now(timezone.utc):
            return None
        if not hmac.compare_digest(row[1], submitted.strip()):
            with self._conn:
                self._conn.execute(
                    "UPDATE reset_codes SET attempts = attempts + 1 WHERE member_id = ?",
                    (row[0],),
                )
            return None
        with self._conn:
            self._conn.execute("DELETE FROM reset_codes WHERE member_id = ?", (row[0],))
        return row[0]

    def _send(self, recipient: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._sender
        msg["To"] = recipient
        msg["Subject"] = "Your quilt guild password reset code"
        msg.set_content(
            f"Your reset code is {code}. It expires in {int(self._ttl.total_seconds() // 60)} minutes."
        )
        context = ssl.create_default_context()
        with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=20) as smtp:
            smtp.starttls(context=context)
            smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
            smtp.send_message(msg)
