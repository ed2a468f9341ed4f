"""Password reset flow for keeper accounts on the roster portal."""
from __future__ import annotations

import hashlib
import os
import smtplib
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from sqlalchemy import text
from sqlalchemy.engine import Connection

RESET_TTL = timedelta(minutes=30)


def make_reset_token(keeper_id: int, email: str) -> str:
    seed = f"{keeper_id}:{email.lower()}:{time.time()}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def store_reset(conn: Connection, keeper_id: int, token: str) -> None:
    conn.execute(
        text(
            "INSERT INTO keeper_password_reset (keeper_id, token_sha256, expires_at) "
            "VALUES (:kid, :digest, :exp)"
        ),
        {
            "kid": keeper_id,
            "digest": hashlib.sha256(token.encode()).hexdigest(),
            "exp": datetime.now(timezone.utc) + RESET_TTL,
        },
    )


def send_reset_email(to_addr: str, token: str) -> None:
    link = f"{os.environ['PORTAL_BASE_URL']}/reset?token={token}"
    msg = EmailMessage()
    msg["Subject"] = "Reset your keeper portal password"
    msg["From"] = os.environ.get("PORTAL_MAIL_FROM", "rosters@localhost")
    msg["To"] = to_addr
    msg.set_content(f"Use this link within 30 minutes to choose a new password:\n\n{link}\n")
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587"))) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def request_reset(conn: Connection, email: str) -> None:
    row = conn.execute(
        text("SELECT id, email FROM keeper WHERE lower(email) = lower(:e) AND active"),
        {"e": email},
    ).fetchone()
    if row is None:
        return
    token = make_reset_token(row.id, row.email)
    store_reset(conn, row.id, token)
    send_reset_email(row.email, token)
