"""Emails weekly progress reports to client contacts.

Each Friday the report job renders a PDF of the week's completed drops,
defects found and photos, and mails it to the client's nominated contacts
through the company relay.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path


@dataclass
class RelaySettings:
    host: str = field(default_factory=lambda: os.environ["SMTP_RELAY_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SMTP_RELAY_PORT", "587")))
    username: str = field(default_factory=lambda: os.environ["SMTP_RELAY_USER"])
    password: str = field(default_factory=lambda: os.environ["SMTP_RELAY_PASSWORD"], repr=False)
    sender: str = field(
        default_factory=lambda: os.environ.get("REPORT_SENDER", "reports@ropeaccess.example")
    )


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def build_message(sender: str, recipients: list[str], site_name: str, week: str,
                  pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = f"Rope access progress report - {site_name} - week {week}"
    msg.set_content(
        f"Please find attached the progress report for {site_name}, week {week}.\n"
        "Reply to this email with any questions for the project manager."
    )
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=pdf.name)
    return msg


def send_report(recipients: list[str], site_name: str, week: str, pdf: Path,
                settings: RelaySettings | None = None) -> None:
    settings = settings or RelaySettings()
    message = build_message(settings.sender, recipients, site_name, week, pdf)
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.username, settings.password)
        smtp.send_message(message)
