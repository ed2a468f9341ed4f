"""Sends expedited-report notifications from the PV mailbox via the corporate SMTP relay."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("pv.mail")


def mask(value: str, keep: int = 0) -> str:
    if not value:
        return "<empty>"
    return ("*" * 8) + (value[-keep:] if keep else "")


@dataclass
class RelaySettings:
    host: str
    port: int
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "RelaySettings":
        return cls(
            host=os.environ.get("PV_SMTP_HOST", "smtp.corp.example"),
            port=int(os.environ.get("PV_SMTP_PORT", "587")),
            username=os.environ["PV_SMTP_USER"],
            password=os.environ["PV_SMTP_PASSWORD"],
        )

    def describe(self) -> dict[str, str]:
        return {
            "host": f"{self.host}:{self.port}",
            "user": self.username,
            "password": mask(self.password),
        }


class ExpeditedNotifier:
    def __init__(self, settings: RelaySettings, sender: str = "pv-intake@corp.example") -> None:
        self.settings = settings
        self.sender = sender

    def notify(self, recipients: list[str], case_number: str, clock_start: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients)
        msg["Subject"] = f"[15-day] {case_number} - clock start {clock_start}"
        msg.set_content(
            f"Case {case_number} qualifies for expedited reporting.\n"
            f"Regulatory clock started {clock_start}. Please complete medical review."
        )
        log.info("SMTP relay settings: %s", self.settings.describe())
        context = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(msg)
        log.info("expedited notice for %s sent to %d recipients", case_number, len(recipients))
