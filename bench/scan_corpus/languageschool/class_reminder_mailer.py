"""Reminder e-mails sent the evening before each group lesson."""
from __future__ import annotations

import logging
import os
import random
import smtplib
import ssl
import time
from email.message import EmailMessage
from typing import Iterable, NamedTuple

log = logging.getLogger("reminders")

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SENDER = "Lingua School <timetable@example-lingua.com>"


class Reminder(NamedTuple):
    email: str
    first_name: str
    course_title: str
    starts_at: str
    room: str


def _compose(reminder: Reminder) -> EmailMessage:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = reminder.email
    message["Subject"] = f"Tomorrow: {reminder.course_title}"
    message.set_content(
        f"Hi {reminder.first_name},\n\nYour lesson starts at {reminder.starts_at} in {reminder.room}.\n"
    )
    return message


def _backoff(attempt: int, base: float = 2.0, cap: float = 60.0) -> float:
    delay = min(cap, base * (2 ** attempt))
    return delay / 2 + random.uniform(0, delay / 2)


def send_reminders(reminders: Iterable[Reminder], max_attempts: int = 4) -> int:
    sent = 0
    for reminder in reminders:
        for attempt in range(max_attempts):
            try:
                with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=15) as smtp:
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
                    smtp.send_message(_compose(reminder))
                sent += 1
                break
            except (smtplib.SMTPException, OSError) as exc:
                wait = _backoff(attempt)
                log.warning("reminder to %s failed (%s); retrying in %.1fs", reminder.email, exc, wait)
                time.sleep(wait)
    return sent
