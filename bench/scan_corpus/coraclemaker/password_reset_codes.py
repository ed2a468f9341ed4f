"""Password reset for customers of the coracle workshop booking site.

A customer asks for a reset, receives an eight-character code by email and
types it back together with a new password.
"""
from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LIFETIME = timedelta(minutes=20)
MAX_TRIES = 5


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class AccountService(Protocol):
    def exists(self, email: str) -> bool: ...
    def set_password(self, email: str, new_password: str) -> None: ...


@dataclass
class ResetTicket:
    email: str
    code: str
    expires_at: datetime
    tries: int = 0

    def matches(self, submitted: str) -> bool:
        return self.code == submitted.strip().upper()

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


class PasswordResetFlow:
    def __init__(self, accounts: AccountService, mailer: Mailer) -> None:
        self.accounts = accounts
        self.mailer = mailer
        self._tickets: dict[str, ResetTicket] = {}

    def request_reset(self, email: str) -> None:
        email = email.strip().lower()
        if not self.accounts.exists(email):
            return
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        self._tickets[email] = ResetTicket(
            email=email,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
        )
        self.mailer.send(
            email,
            "Reset your coracle booking password",
            f"Your reset code is {code}. It is valid for 20 minutes.",
        )

    def complete_reset(self, email: str, submitted_code: str, new_password: str) -> bool:
        email = email.strip().lower()
        ticket = self._tickets.get(email)
        if ticket is None or ticket.expired or ticket.tries >= MAX_TRIES:
            self._tickets.pop(email, None)
            return False
        ticket.tries += 1
        if not ticket.matches(submitted_code):
            return False
        self.accounts.set_password(email, new_password)
        del self._tickets[email]
        return True
