"""Send class reminder emails to students the evening before a session."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


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
            sender=os.environ.get("SMTP_SENDER", "classes@localhost"),
        )


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def reminder_message(sender: str, to: str, student: str, title: str, starts: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Reminder: {title} tomorrow"
    msg.set_content(
        f"Hi {student},\n\nSee you tomorrow at {starts} for {title}.\n"
        "Please bring a towel and wear clothes you do not mind getting muddy.\n"
    )
    return msg


def send_reminders(settings: SmtpSettings, bookings: list[dict]) -> int:
    sent = 0
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.username, settings.password)
        for b in bookings:
            smtp.send_message(
                reminder_message(settings.sender, b["email"], b["name"], b["title"], b["starts"])
            )
            sent += 1
    return sent
