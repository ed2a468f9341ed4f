# Copyright {{ year }} {{ org_name }}. All rights reserved.
"""Build the reminder message for one appointment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from reminders.settings import MailSettings


@dataclass(frozen=True)
class Appointment:
    patient_name: str
    patient_email: str
    starts_at: datetime  # timezone-aware
    clinician: str
    location: str


def build_reminder(appt: Appointment, settings: MailSettings) -> EmailMessage:
    local = appt.starts_at.astimezone(ZoneInfo(settings.timezone))
    when = local.strftime("%A %d %B at %H:%M")
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = appt.patient_email
    msg["Reply-To"] = settings.reply_to
    msg["Subject"] = f"Reminder: your appointment on {when}"
    msg.set_content(
        f"Dear {appt.patient_name},\n\n"
        f"This is a reminder of your appointment with {appt.clinician} on {when} "
        f"at {appt.location}.\n\n"
        f"If you need to reschedule, please call us on {settings.clinic_phone}.\n"
    )
    return msg
