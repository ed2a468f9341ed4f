"""Send maintenance fee reminder e-mails to owners with open invoices."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage

log = logging.getLogger("fee_reminders")


@dataclass
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
            sender=os.environ.get("FEE_REMINDER_SENDER", "billing@owners.example"),
        )


@dataclass
class Reminder:
    owner_email: str
    owner_name: str
    invoice_number: str
    amount_due: Decimal
    due_date: str


def _compose(settings: SmtpSettings, reminder: Reminder) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = reminder.owner_email
    msg["Subject"] = f"Maintenance fee reminder - invoice {reminder.invoice_number}"
    msg.set_content(
        f"Dear {reminder.owner_name},\n\n"
        f"Invoice {reminder.invoice_number} for ${reminder.amount_due:,.2f} "
        f"is due on {reminder.due_date}.\n\n"
        "You can pay online from the owner portal.\n"
    )
    return msg


def send_reminders(settings: SmtpSettings, reminders: list[Reminder]) -> int:
    context = ssl.create_default_context()
    sent = 0
    log.info("connecting to %s:%d as %s", settings.host, settings.port, settings.username)
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(settings.username, settings.password)
        for reminder in reminders:
            try:
                smtp.send_message(_compose(settings, reminder))
            except smtplib.SMTPRecipientsRefused:
                log.warning("reminder for invoice %s refused by server", reminder.invoice_number)
                continue
            sent += 1
    log.info("sent %d of %d fee reminders", sent, len(reminders))
    return sent
