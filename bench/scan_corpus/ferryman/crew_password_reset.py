"""Password reset codes for the crew self-service portal.

A crew member who forgets their portal password asks for a reset code,
which is emailed to the address held by the operations office. The code
is typed into the portal together with a new password within 20 minutes.
"""
import os
import random
import smtplib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg

RESET_TTL = timedelta(minutes=20)
CODE_DIGITS = 6
MAIL_FROM = "crew-portal@ferryman.example"


def _numeric_code(digits: int = CODE_DIGITS) -> str:
    upper = 10 ** digits - 1
    return str(random.randint(0, upper)).zfill(digits)


def _send_code(to_addr: str, first_name: str, code: str) -> None:
    msg = EmailMessage()
    msg["From"] = MAIL_FROM
    msg["To"] = to_addr
    msg["Subject"] = "Your crew portal reset code"
    msg.set_content(
        f"Hello {first_name},\n\n"
        f"Your reset code is {code}. It expires in {int(RESET_TTL.total_seconds() // 60)} minutes.\n\n"
        "If you did not ask for this, please tell the operations office."
    )
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def request_reset(email: str) -> None:
    with psycopg.connect(os.environ["CREW_PORTAL_DSN"]) as conn:
        row = conn.execute(
            "SELECT crew_id, first_name, email FROM crew_members WHERE lower(email) = lower(%s)",
            (email,),
        ).fetchone()
        if row is None:
            return
        crew_id, first_name, address = row
        code = _numeric_code()
        conn.execute(
            "INSERT INTO crew_reset_codes (crew_id, code, expires_at) VALUES (%s, %s, %s)",
            (crew_id, code, datetime.now(timezone.utc) + RESET_TTL),
        )
    _send_code(address, first_name, code)
