"""Password reset flow for airline portal users."""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone
from typing import Optional

log = logging.getLogger("portal.reset")


class ResetTicketRepository:
    def __init__(self, db) -> None:
        self.db = db

    def store(self, user_id: int, token_hash: str, expires: datetime) -> None:
        self.db.execute(
            "INSERT INTO reset_tickets (user_id, token_hash, expires_at) VALUES (?, ?, ?)",
            (user_id, token_hash, expires.isoformat()),
        )

    def consume(self, token_hash: str) -> Optional[int]:
        row = self.db.execute(
            "DELETE FROM reset_tickets WHERE token_hash = ? AND expires_at > ? RETURNING user_id",
            (token_hash, datetime.now(timezone.utc).isoformat()),
        ).fetchone()
        return row[0] if row else None


class PasswordResetFlow:
    ttl = timedelta(minutes=30)

    def __init__(self, tickets: ResetTicketRepository, users, mailer) -> None:
        self.tickets = tickets
        self.users = users
        self.mailer = mailer

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def request(self, email: str) -> None:
        user = self.users.find_by_email(email)
        if user is None:
            log.info("password reset requested for unknown address")
            return
        token = secrets.token_urlsafe(32)
        self.tickets.store(user.id, self._hash(token), datetime.now(timezone.utc) + self.ttl)
        self.mailer.send_reset_link(user.email, token)
        log.info("password reset requested for user_id=%s", user.id)

    def complete(self, token: str, new_password: str) -> bool:
        user_id = self.tickets.consume(self._hash(token))
        if user_id is None:
            log.warning("password reset with invalid or expired token")
            return False
        self.users.set_password(user_id, new_password)
        log.info("password changed via reset for user_id=%s", user_id)
        return True
