"""E-mail reminders for annual check-ups, sent over authenticated SMTP."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage

SMTP_PASSWORD_ENV = "CLINIC_SMTP_PASSWORD"


@dataclass
class SmtpSettings:
    host: str = field(default_factory=lambda: os.environ["CLINIC_SMTP_HOST"])
    port: int = 587
    username: str = field(default_factory=lambda: os.environ["CLINIC_SMTP_USER"])
    password: str = field(default_factory=lambda: os.environ[SMTP_PASSWORD_ENV], repr=False)
    sender: str = field(default_factory=lambda: os.environ["CLINIC_REMINDER_FROM"])


class CheckupReminderMailer:
    subject_template = "{pet} is due for an annual check-up"

    def __init__(self, settings: SmtpSettings | None = None):
        self.settings = settings or SmtpSettings()

    def _build(self, owner, patient) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = owner.email
        msg["Subject"] = self.subject_template.format(pet=patient.name)
        msg.set_content(
            f"Dear {owner.first_name},\n\n"
            f"It's been a year since {patient.name}'s last wellness exam. "
            "Book online through the owner portal or give us a call.\n"
        )
        return msg

    def send_batch(self, pairs) -> int:
        sent = 0
        context = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.settings.username, self.settings.password)
            for owner, patient in pairs:
                smtp.send_message(self._build(owner, patient))
                sent += 1
        return sent
