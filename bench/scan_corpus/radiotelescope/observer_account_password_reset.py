"""Password reset flow for observer portal accounts."""
from __future__ import annotations

import hashlib
import logging
import secrets
import smtplib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from typing import Protocol

log = logging.getLogger("rt.accounts.reset")


class ResetStore(Protocol):
    def save_reset(self, email: str, token_hash: str, expires: datetime) -> None: ...


class ResetDeliveryError(RuntimeError):
    """Raised when the reset email could not be handed to the relay."""


class PasswordResetService:
    def __init__(self, store: ResetStore, smtp: smtplib.SMTP, portal_url: str,
                 ttl: timedelta = timedelta(minutes=30)) -> None:
        self.store = store
        self.smtp = smtp
        self.portal_url = portal_url.rstrip("/")
        self.ttl = ttl

    def _message(self, email: str, link: str) -> EmailMessage:
        msg = EmailMessage()
        msg["To"] = email
        msg["From"] = "accounts@observatory.example.edu"
        msg["Subject"] = "Reset your observer portal password"
        msg.set_content(f"Use the link below within 30 minutes:\n\n{link}\n")
        return msg

    def issue(self, email: str) -> None:
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + self.ttl
        self.store.save_reset(email, hashlib.sha256(token.encode()).hexdigest(), expires)
        link = f"{self.portal_url}/account/reset?token={token}"
        try:
            self.smtp.send_message(self._message(email, link))
        except smtplib.SMTPException as exc:
            raise ResetDeliveryError(
                f"could not deliver reset link {link} to {email}: {exc}"
            ) from exc


def handle_reset_request(service: PasswordResetService, email: str) -> bool:
    """Entry point used by the portal view; never reveals whether the account exists."""
    try:
        service.issue(email)
    except ResetDeliveryError as exc:
        log.error("password reset failed: %s", exc)
        return False
    return True
