"""Send seasonal care reminders to customers who bought trees.

Runs daily from cron. For each customer whose tree has a task due this week
(repotting, wiring removal, feeding...) it sends one e-mail through the
transactional SMTP relay.
"""
from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import quote

log = logging.getLogger("reminders.mailer")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "Bonsai Nursery <care@bonsainursery.example>"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return f"smtp://{quote(self.username)}:{quote(self.password)}@{self.host}:{self.port}"


@dataclass
class Reminder:
    email: str
    first_name: str
    species: str
    task: str
    due_week: str


def build_message(settings: SmtpSettings, r: Reminder) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = r.email
    msg["Subject"] = f"Time to {r.task} your {r.species}"
    msg.set_content(
        f"Hello {r.first_name},\n\n"
        f"Your {r.species} is due for {r.task} in week {r.due_week}.\n"
        "Our care guides are at https://bonsainursery.example/care\n\n"
        "Happy growing,\nThe Bonsai Nursery team\n"
    )
    return msg


def send_reminders(reminders: list[Reminder], settings: SmtpSettings | None = None) -> int:
    settings = settings or SmtpSettings.from_env()
    log.info("opening SMTP session %s for %d reminders", settings.url, len(reminders))
    sent = 0
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(settings.username, settings.password)
        for reminder in reminders:
            try:
                smtp.send_message(build_message(settings, reminder))
                sent += 1
            except smtplib.SMTPRecipientsRefused:
                log.warning("recipient refused: %s", reminder.email)
    log.info("sent %d of %d care reminders", sent, len(reminders))
    return sent
