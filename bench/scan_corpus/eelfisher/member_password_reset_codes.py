"""Password reset by e-mailed code for co-operative members.

Many members only log in at the end of the season to check their payout
statement and have forgotten their password by then. They request a short
code by e-mail and type it into the portal to choose a new password.
"""

import random
import smtplib
import string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=30)


def _new_code(length: int = CODE_LENGTH, alphabet: str = CODE_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


class ResetCodeService:
    def __init__(self, conninfo: str, smtp_host: str, sender: str):
        self.conninfo = conninfo
        self.smtp_host = smtp_host
        self.sender = sender

    def issue(self, member_email: str) -> bool:
        with psycopg.connect(self.conninfo) as conn:
            member = conn.execute(
                "SELECT id, first_name FROM members WHERE lower(email) = lower(%s)",
                (member_email,),
            ).fetchone()
            if member is None:
                return False
            code = _new_code()
            conn.execute(
                "INSERT INTO password_reset_codes (member_id, code, expires_at) "
                "VALUES (%s, %s, %s)",
                (member[0], code, datetime.now(timezone.utc) + CODE_TTL),
            )
        self._send(member_email, member[1], code)
        return True

    def _send(self, to_addr: str, first_name: str, code: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg["Subject"] = "Your eel co-op portal reset code"
        msg.set_content(
            f"Hello {first_name},\n\n"
            f"Your reset code is {code}. It expires in {CODE_TTL.seconds // 60} minutes.\n"
        )
        with smtplib.SMTP(self.smtp_host, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
