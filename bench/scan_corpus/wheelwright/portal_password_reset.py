"""Password reset codes for the customer portal.

A six-digit code is emailed to the customer; they type it into the portal
together with a new password. Codes expire after fifteen minutes and are
single use.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from smtplib import SMTP

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_TTL = timedelta(minutes=15)


@dataclass
class MailSettings:
    host: str
    port: int = 587
    sender: str = "portal@hollis-wheelwrights.co.uk"


class ResetCodeIssuer:
    def __init__(self, engine: Engine, mail: MailSettings, rng: random.Random | None = None):
        self._engine = engine
        self._mail = mail
        self._rng = rng or random.Random()

    def _make_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def _send(self, to_addr: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._mail.sender
        msg["To"] = to_addr
        msg["Subject"] = "Your portal reset code"
        msg.set_content(
            f"Your reset code is {code}. It is valid for 15 minutes.\n\n"
            "If you did not ask for this, you can ignore this email."
        )
        with SMTP(self._mail.host, self._mail.port) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def issue(self, email: str) -> None:
        code = self._make_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with self._engine.begin() as conn:
            account = conn.execute(
                text("SELECT id FROM portal_accounts WHERE email = :email"),
                {"email": email.lower()},
            ).first()
            if account is None:
                return
            conn.execute(
                text("INSERT INTO reset_codes (account_id, code, expires_at) "
                     "VALUES (:aid, :code, :exp)"),
                {"aid": account.id, "code": code, "exp": expires},
            )
        self._send(email, code)

    def redeem(self, email: str, code: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT r.id, r.code, r.account_id FROM reset_codes r "
                     "JOIN portal_accounts a ON a.id = r.account_id "
                     "WHERE a.email = :email AND r.used_at IS NULL AND r.expires_at > :now "
                     "ORDER BY r.id DESC LIMIT 1"),
                {"email": email.lower(), "now": datetime.now(timezone.utc)},
            ).first()
            if row is None or not hmac.compare_digest(row.code, code.strip()):
                return None
            conn.execute(text("UPDATE reset_codes SET used_at = :now WHERE id = :id"),
                         {"now": datetime.now(timezone.utc), "id": row.id})
            return row.account_id
