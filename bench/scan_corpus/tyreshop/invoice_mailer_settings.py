"""Settings and sender for e-mailing invoices to retail customers.

Retail invoices are e-mailed as PDF attachments when the car is collected.
The SMTP relay and its credentials are provided by the deployment
environment; nothing here is specific to a single shop.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class MailerSettings:
    smtp_host: str = field(default_factory=lambda: _env("INVOICE_SMTP_HOST"))
    smtp_port: int = field(default_factory=lambda: int(os.environ.get("INVOICE_SMTP_PORT", "587")))
    smtp_user: str = field(default_factory=lambda: _env("INVOICE_SMTP_USER"))
    smtp_password: str = field(default_factory=lambda: _env("INVOICE_SMTP_PASSWORD"))
    sender: str = field(default_factory=lambda: _env("INVOICE_SENDER_ADDRESS"))


def build_message(settings: MailerSettings, to: str, invoice_no: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = to
    msg["Subject"] = f"Your invoice {invoice_no}"
    msg.set_content(
        "Thank you for visiting us. Your invoice is attached.\n"
        "Questions about the invoice? Reply to this e-mail."
    )
    msg.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
    )
    return msg


def send_invoice(to: str, invoice_no: str, pdf: Path, settings: MailerSettings | None = None) -> None:
    settings = settings or MailerSettings()
    context = ssl.create_default_context()
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(build_message(settings, to, invoice_no, pdf))
