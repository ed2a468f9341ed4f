"""SMTP settings and sender used for booking confirmations and weather cancellations."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class MailerSettings:
    host: str
    port: int
    username: str
    password: str
    from_address: str

    @classmethod
    def from_env(cls) -> "MailerSettings":
        return cls(
            host=os.environ.get("SMTP_HOST", "smtp.mailrelay.example"),
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            from_address=os.environ.get("SMTP_FROM", "bookings@kiteschool.example"),
        )


class BookingMailer:
    def __init__(self, settings: MailerSettings | None = None) -> None:
        self.settings = settings or MailerSettings.from_env()

    def _message(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.from_address
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: str, subject: str, body: str) -> None:
        ctx = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=20) as smtp:
            smtp.starttls(context=ctx)
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(self._message(to, subject, body))

    def weather_cancellation(self, to: str, spot: str, day: str) -> None:
        self.send(to, f"Lesson at {spot} moved", f"Wind conditions on {day} are outside our operating limits; we will rebook you.")
