"""Password reset for instructor accounts.

An instructor requests a reset; the office system emails an eight-character
code that must be entered with the new password within twenty minutes.
"""
from __future__ import annotations

import hmac
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

ALPHABET = string.ascii_uppercase + string.digits
LIFETIME = timedelta(minutes=20)
MAX_TRIES = 5


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class InstructorAccounts(Protocol):
    def exists(self, email: str) -> bool: ...
    def set_password(self, email: str, new_password: str) -> None: ...


@dataclass
class ResetTicket:
    email: str
    code: str
    expires_at: datetime
    tries: int = 0

    def matches(self, submitted: str) -> bool:
        return hmac.compare_digest(self.code.encode(), submitted.strip().upper().encode())

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


class InstructorPasswordReset:
    def __init__(self, accounts: InstructorAccounts, mailer: Mailer) -> None:
        self.accounts = accounts
        self.mailer = mailer
        self._tickets: dict[str, ResetTicket] = {}

    def start(self, email: str) -> None:
        email = email.strip().lower()
        if not self.accounts.exists(email):
            return
        code = "".join(secrets.choice(ALPHABET) for _ in range(8))
        self._tickets[email] = ResetTicket(email, code, datetime.now(timezone.utc) + LIFETIME)
        self.mailer.send(
            email,
            "Instructor password reset",
            f"Your reset code is {code}. It expires in 20 minutes.",
        )

    def finish(self, email: str, submitted: str, new_password: str) -> bool:
        email = email.strip().lower()
        ticket = self._tickets.get(email)
        if ticket is None or ticket.expired or ticket.tries >= MAX_TRIES:
            self._tickets.pop(email, None)
            return False
        ticket.tries += 1
        if not ticket.matches(submitted):
            return False
        self.accounts.set_password(email, new_password)
        del self._tickets[email]
        return True
