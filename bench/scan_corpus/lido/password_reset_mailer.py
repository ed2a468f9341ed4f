"""Password reset emails for season-pass holders."""

from __future__ import annotations

import hashlib
import logging
import secrets
import smtplib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

log = logging.getLogger("lido.accounts")

RESET_TTL = timedelta(hours=1)


class ResetMailer:
    def __init__(self, conn, smtp_host: str, smtp_port: int, sender: str, site_url: str) -> None:
        self._conn = conn
        self._smtp_host = smtp_host
        self._smtp_port = smtp_port
        self._sender = sender
        self._site_url = site_url.rstrip("/")

    def _store_token(self, holder_id: int, token: str) -> None:
        token_hash = hashlib.sha256(token.encode("ascii")).hexdigest()
        expires = datetime.now(timezone.utc) + RESET_TTL
        self._conn.execute(
            "INSERT INTO reset_tokens (holder_id, token_hash, expires_at) VALUES (?, ?, ?)",
            (holder_id, token_hash, expires.isoformat()),
        )
        self._conn.commit()

    def _send(self, to_addr: str, link: str) -> None:
        msg = EmailMessage()
        msg["From"] = self._sender
        msg["To"] = to_addr
        msg["Subject"] = "Reset your lido pass password"
        msg.set_content(
            "Someone asked to reset the password for your season pass account.\n\n"
            f"Use this link within the next hour: {link}\n\n"
            "If it was not you, you can ignore this email."
        )
        with smtplib.SMTP(self._smtp_host, self._smtp_port, timeout=15) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def request_reset(self, email: str) -> None:
        row = self._conn.execute(
            "SELECT id FROM pass_holders WHERE email = ?", (email.strip().lower(),)
        ).fetchone()
        if row is None:
            log.info("Reset requested for unknown address")
            return
        token = secrets.token_urlsafe(32)
        self._store_token(row[0], token)
        link = f"{self._site_url}/portal/reset?token={token}"
        self._send(email, link)
        log.info("Sent password reset link %s to holder %s", link, row[0])
