"""E-mail notifications for repair tickets (quote ready, watch ready)."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from string import Template

TEMPLATES = {
    "quote_ready": Template(
        "Dear $name,\n\nThe quote for your $model (ticket $ticket) is ready: CHF $amount.\n"
        "Please approve it from your client area.\n\nThe Service Workshop"
    ),
    "watch_ready": Template(
        "Dear $name,\n\nYour $model (ticket $ticket) has been serviced and regulated.\n"
        "It is ready for collection at $boutique.\n\nThe Service Workshop"
    ),
}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ["SMTP_SENDER"],
        )


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def send_notification(settings: SmtpSettings, kind: str, to: str, **fields: str) -> None:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = f"Your watch service - ticket {fields['ticket']}"
    message.set_content(TEMPLATES[kind].substitute(fields))

    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.username, settings.password)
        smtp.send_message(message)
