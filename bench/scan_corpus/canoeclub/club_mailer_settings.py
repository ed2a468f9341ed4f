"""Mail settings and sender for club announcements and trip confirmations."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage

DEFAULT_SENDER = "Riverside Paddlers <no-reply@riversidepaddlers.org.uk>"
REPLY_TO = "secretary@riversidepaddlers.org.uk"


@dataclass(frozen=True)
class MailSettings:
    host: str = field(default_factory=lambda: os.environ.get("CLUB_SMTP_HOST", "smtp.mailgun.org"))
    port: int = field(default_factory=lambda: int(os.environ.get("CLUB_SMTP_PORT", "587")))
    username: str = field(default_factory=lambda: os.environ.get("CLUB_SMTP_USER", "postmaster@mg.riversidepaddlers.org.uk"))
    password: str = field(default_factory=lambda: os.environ["CLUB_SMTP_PASSWORD"], repr=False)
    sender: str = DEFAULT_SENDER


class ClubMailer:
    def __init__(self, settings: MailSettings | None = None) -> None:
        self.settings = settings or MailSettings()
        self._tls = ssl.create_default_context()

    def _message(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Reply-To"] = REPLY_TO
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: str, subject: str, body: str) -> None:
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls)
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(self._message(to, subject, body))

    def trip_confirmation(self, to: str, first_name: str, trip: str, meet_time: str) -> None:
        self.send(
            to,
            f"You're booked on {trip}",
            f"Hi {first_name},\n\nYou're on the list for {trip}. "
            f"Meet at the boathouse at {meet_time} with your kit.\n\n"
            "See you on the water,\nRiverside Paddlers",
        )
