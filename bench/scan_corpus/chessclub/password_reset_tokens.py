"""Password reset flow for club members.

A member asks for a reset link, we e-mail a one-time token and store only
its SHA-256 digest together with an expiry.
"""
from __future__ import annotations

import hashlib
import hmac
import random
import string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
import smtplib

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40
TOKEN_TTL = timedelta(hours=1)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class PasswordResetService:
    def __init__(self, engine: Engine, smtp_host: str, sender: str, site_url: str):
        self._engine = engine
        self._smtp_host = smtp_host
        self._sender = sender
        self._site_url = site_url.rstrip("/")

    def issue(self, email: str) -> None:
        with self._engine.begin() as conn:
            member_id = conn.execute(
                text("SELECT id FROM members WHERE email = :email"), {"email": email.lower()}
            ).scalar()
            if member_id is None:
                return
            token = "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))
            conn.execute(
                text(
                    "INSERT INTO password_resets (member_id, token_digest, expires_at) "
                    "VALUES (:mid, :digest, :exp)"
                ),
                {
                    "mid": member_id,
                    "digest": _digest(token),
                    "exp": datetime.now(timezone.utc) + TOKEN_TTL,
                },
            )
        self._send(email, token)

    def _send(self, email: str, token: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = "Reset your chess club password"
        msg["From"] = self._sender
        msg["To"] = email
        msg.set_content(
            "Someone asked to reset the password for your club account.\n"
            f"Open {self._site_url}/account/reset/{token} within the next hour.\n"
            "If this was not you, ignore this message."
        )
        with smtplib.SMTP(self._smtp_host) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def redeem(self, member_id: int, token: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT id, token_digest FROM password_resets "
                    "WHERE member_id = :mid AND used = false AND expires_at > now() "
                    "ORDER BY expires_at DESC LIMIT 1"
                ),
                {"mid": member_id},
            ).first()
            if row is None or not hmac.compare_digest(row.token_digest, _digest(token)):
                return False
            conn.execute(
                text("UPDATE password_resets SET used = true WHERE id = :id"), {"id": row.id}
            )
        return True
