"""Password-reset codes for the ringers' self-service area."""
from __future__ import annotations

import hmac
import logging
import random
import smtplib
import sqlite3
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

log = logging.getLogger(__name__)


class ResetCodeService:
    """Emails an eight-digit code that lets a ringer choose a new password."""

    ttl = timedelta(minutes=20)

    def __init__(self, db_path: str, smtp_host: str, sender: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._smtp_host = smtp_host
        self._sender = sender
        self._rng = random.Random()

    def _new_code(self) -> str:
        return f"{self._rng.randrange(10**8):08d}"

    def start_reset(self, email: str) -> None:
        row = self._conn.execute(
            "SELECT ringer_id FROM ringers WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None:
            log.info("Reset requested for unknown address")
            return
        code = self._new_code()
        expires = datetime.now(timezone.utc) + self.ttl
        self._conn.execute(
            "INSERT OR REPLACE INTO reset_codes (ringer_id, code, expires_at) VALUES (?, ?, ?)",
            (row[0], code, expires.isoformat()),
        )
        self._conn.commit()
        self._send(email, code)

    def _send(self, to_addr: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._sender
        msg["To"] = to_addr
        msg["Subject"] = "Guild ringer account: password reset"
        msg.set_content(f"Your reset code is {code}. It expires in 20 minutes.")
        with smtplib.SMTP(self._smtp_host) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def confirm(self, email: str, code: str) -> bool:
        row = self._conn.execute(
            "SELECT r.code, r.expires_at FROM reset_codes r "
            "JOIN ringers u ON u.ringer_id = r.ringer_id WHERE u.email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return False
        if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(row[0], code)
