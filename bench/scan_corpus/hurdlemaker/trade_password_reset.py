"""Password reset codes for garden-centre trade accounts."""
from __future__ import annotations

import hmac
import random
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "orders@hazel-hurdles.example"


class ResetCodeIssuer:
    CODE_TTL = timedelta(minutes=20)

    def __init__(self, engine: Engine, mail: MailSettings) -> None:
        self._engine = engine
        self._mail = mail

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def start_reset(self, contact_email: str) -> None:
        code = self._new_code()
        expires = datetime.now(timezone.utc) + self.CODE_TTL
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE trade_accounts SET reset_code = :code, reset_expires = :exp"
                    " WHERE contact_email = :email"
                ),
                {"code": code, "exp": expires, "email": contact_email.lower()},
            )
        if result.rowcount:
            self._send(contact_email, code)

    def confirm(self, contact_email: str, code: str) -> Optional[int]:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT account_id, reset_code, reset_expires FROM trade_accounts"
                    " WHERE contact_email = :email"
                ),
                {"email": contact_email.lower()},
            ).first()
            if row is None or row.reset_code is None:
                return None
            if row.reset_expires < datetime.now(timezone.utc):
                return None
            if not hmac.compare_digest(row.reset_code, code.strip()):
                return None
            conn.execute(
                text("UPDATE trade_accounts SET reset_code = NULL WHERE account_id = :id"),
                {"id": row.account_id},
            )
        return row.account_id

    def _send(self, to_addr: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._mail.sender
        msg["To"] = to_addr
        msg["Subject"] = "Your trade account reset code"
        msg.set_content(
            f"Your reset code is {code}. It expires in 20 minutes.\n"
            "If you did not ask for this, you can ignore this email."
        )
        with smtplib.SMTP(self._mail.host, self._mail.port, timeout=15) as smtp:
            smtp.starttls()
            smtp.login(self._mail.username, self._mail.password)
            smtp.send_message(msg)
