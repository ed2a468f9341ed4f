"""Password reset flow for back-office staff accounts."""
import logging
import os
import smtplib
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

engine = create_engine(os.environ["OFFICE_DATABASE_URL"])
RESET_TTL = timedelta(hours=1)
RESET_URL = os.environ.get("RESET_URL", "https://office.example-roofing.co.uk/reset")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


def _make_reset_token() -> str:
    return uuid.uuid1().hex


def _send_email(to_addr: str, link: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Reset your office password"
    msg["From"] = "noreply@example-roofing.co.uk"
    msg["To"] = to_addr
    msg.set_content(f"Use this link within the hour to choose a new password:\n{link}\n")
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def request_reset(email: str) -> None:
    with engine.begin() as conn:
        staff = conn.execute(
            text("SELECT id FROM staff WHERE email = :e AND active"), {"e": email.lower()}
        ).first()
        if staff is None:
            log.info("password reset requested for unknown address")
            return
        token = _make_reset_token()
        conn.execute(
            text("INSERT INTO staff_resets (staff_id, token, expires_at) "
                 "VALUES (:sid, :tok, :exp)"),
            {"sid": staff.id, "tok": token,
             "exp": datetime.now(timezone.utc) + RESET_TTL},
        )
    _send_email(email, f"{RESET_URL}?token={token}")
    log.info("password reset email sent to staff id=%s", staff.id)


def consume_reset(token: str) -> int | None:
    with engine.begin() as conn:
        row = conn.execute(
            text("DELETE FROM staff_resets WHERE token = :tok AND expires_at > now() "
                 "RETURNING staff_id"),
            {"tok": token},
        ).first()
    return row.staff_id if row else None
