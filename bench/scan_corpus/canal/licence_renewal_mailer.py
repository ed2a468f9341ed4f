"""Sends renewal reminders to boat owners whose licence expires this month."""
from __future__ import annotations

import datetime as dt
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Iterable


@dataclass(frozen=True)
class MailRelaySettings:
    host: str = field(default_factory=lambda: os.environ["SMTP_RELAY_HOST"])
    port: int = 587
    username: str = "licensing@canalwaterways.org.uk"
    password: str = "Narrowb0at!Renew#2024"
    sender: str = "Boat Licensing <licensing@canalwaterways.org.uk>"


@dataclass
class LicenceHolder:
    name: str
    email: str
    boat_name: str
    index_no: str
    expires: dt.date


def reminder_for(holder: LicenceHolder, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = holder.email
    msg["Subject"] = f"Your licence for {holder.boat_name} expires on {holder.expires:%d %B}"
    msg.set_content(
        f"Dear {holder.name},\n\n"
        f"The licence for {holder.boat_name} (index {holder.index_no}) expires on "
        f"{holder.expires:%d %B %Y}. You can renew online from your boater account.\n"
    )
    return msg


class RenewalMailer:
    def __init__(self, settings: MailRelaySettings | None = None) -> None:
        self.settings = settings or MailRelaySettings()

    def send_batch(self, holders: Iterable[LicenceHolder]) -> int:
        sent = 0
        context = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.settings.username, self.settings.password)
            for holder in holders:
                smtp.send_message(reminder_for(holder, self.settings.sender))
                sent += 1
        return sent
