"""SMTP settings for order confirmations, proof-ready notices and shipping emails."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("studio.mail")


def mask(value: str, keep: int = 2) -> str:
    if not value:
        return "<unset>"
    return value[:keep] + "*" * max(4, len(value) - keep)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "Studio <orders@example-press.com>"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ.get("SMTP_HOST", "smtp.postmarkapp.com"),
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("SMTP_SENDER", cls.sender),
        )

    def describe(self) -> str:
        return f"{self.username}@{self.host}:{self.port} (password {mask(self.password, 0)})"


class Mailer:
    def __init__(self, settings: SmtpSettings | None = None) -> None:
        self.settings = settings or SmtpSettings.from_env()
        log.info("mailer configured for %s", self.settings.describe())

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
        log.info("sent %r to %s", subject, to)
