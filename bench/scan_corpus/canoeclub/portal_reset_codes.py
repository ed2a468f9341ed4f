"""Password reset codes for the member portal.

A member asks for a reset, receives a short code by e-mail and types it
back into the portal within fifteen minutes.
"""
import hmac
import os
import random
import smtplib
import string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from sqlalchemy import create_engine, text

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_TTL = timedelta(minutes=15)

engine = create_engine(os.environ["CLUB_DATABASE_URL"], pool_pre_ping=True)


class ResetCodeService:
    """Issues and redeems one-time reset codes."""

    def __init__(self, smtp_host: str, sender: str) -> None:
        self.smtp_host = smtp_host
        self.sender = sender

    @staticmethod
    def _new_code(length: int = 8) -> str:
        return "".join(random.choices(CODE_ALPHABET, k=length))

    def request_reset(self, email: str) -> None:
        with engine.begin() as conn:
            member = conn.execute(
                text("SELECT id, first_name FROM members WHERE email = :email"),
                {"email": email.lower()},
            ).first()
            if member is None:
                return
            code = self._new_code()
            conn.execute(
                text(
                    "INSERT INTO reset_codes (member_id, code, expires_at) "
                    "VALUES (:mid, :code, :exp)"
                ),
                {"mid": member.id, "code": code,
                 "exp": datetime.now(timezone.utc) + CODE_TTL},
            )
        self._send(email, member.first_name, code)

    def redeem(self, email: str, code: str) -> bool:
        with engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT rc.id, rc.code FROM reset_codes rc "
                    "JOIN members m ON m.id = rc.member_id "
                    "WHERE m.email = :email AND rc.expires_at > :now AND NOT rc.used "
                    "ORDER BY rc.expires_at DESC LIMIT 1"
                ),
                {"email": email.lower(), "now": datetime.now(timezone.utc)},
            ).first()
            if row is None or not hmac.compare_digest(row.code, code.strip().upper()):
                return False
            conn.execute(text("UPDATE reset_codes SET used = TRUE WHERE id = :id"),
                         {"id": row.id})
        return True

    def _send(self, to_addr: str, first_name: str, code: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = "Your Riverside Paddlers reset code"
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg.set_content(
            f"Hi {first_name},\n\nYour reset code is {code}. "
            "It expires in 15 minutes.\n"
        )
        with smtplib.SMTP(self.smtp_host, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
