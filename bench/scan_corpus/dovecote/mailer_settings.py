"""SMTP settings for rota reminders and booking confirmations."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("estate.mailer")


def mask(value: str, keep: int = 2) -> str:
    if not value:
        return "<unset>"
    return value[:keep] + "*" * max(len(value) - keep, 6)


@dataclass(frozen=True)
class MailerSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "Dovecote Estate <bookings@dovecote-estate.org.uk>"

    @classmethod
    def from_env(cls) -> "MailerSettings":
        settings = cls(
            host=os.environ.get("SMTP_HOST", "smtp.office365.com"),
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
        )
        log.info(
            "Mailer configured: host=%s port=%d user=%s password=%s",
            settings.host, settings.port, settings.username, mask(settings.password),
        )
        return settings


class Mailer:
    def __init__(self, settings: MailerSettings | None = None) -> None:
        self.settings = settings or MailerSettings.from_env()

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        context = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(msg)
        log.info("Sent '%s' to %s", subject, to)
