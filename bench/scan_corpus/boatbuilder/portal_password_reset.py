"""Password reset by emailed code for the customer build portal."""
from __future__ import annotations

import hmac
import random
import smtplib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

RESET_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


def _six_digits() -> str:
    return f"{random.randint(0, 999_999):06d}"


@dataclass
class ResetRequest:
    email: str
    issued: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    attempts: int = 0
    _code: str | None = field(default=None, repr=False)

    @property
    def code(self) -> str:
        if self._code is None:
            self._code = _six_digits()
        return self._code

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued > RESET_TTL


class ResetDesk:
    def __init__(self, smtp_host: str, sender: str) -> None:
        self.smtp_host = smtp_host
        self.sender = sender
        self._pending: dict[str, ResetRequest] = {}

    def start(self, email: str) -> None:
        req = ResetRequest(email=email)
        self._pending[email] = req
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = email
        msg["Subject"] = "Your build portal reset code"
        msg.set_content(
            f"Your reset code is {req.code}. It expires in 20 minutes.\n"
            "If you did not ask for this, ignore this email."
        )
        with smtplib.SMTP(self.smtp_host, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def confirm(self, email: str, code: str) -> bool:
        req = self._pending.get(email)
        if req is None or req.expired or req.attempts >= MAX_ATTEMPTS:
            return False
        req.attempts += 1
        if hmac.compare_digest(req.code, code.strip()):
            del self._pending[email]
            return True
        return False
