"""Sends PDF invoices and treatment estimates to clients by e-mail."""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "MailSettings":
        return cls(
            host=os.environ["STUDIO_SMTP_HOST"],
            port=int(os.environ.get("STUDIO_SMTP_PORT", "465")),
            username=os.environ["STUDIO_SMTP_USER"],
            password=os.environ["STUDIO_SMTP_PASSWORD"],
            sender=os.environ.get("STUDIO_SMTP_FROM", "accounts@studio.example"),
        )


class InvoiceMailer:
    def __init__(self, settings: MailSettings | None = None) -> None:
        self.settings = settings or MailSettings.from_env()

    @property
    def tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        return ctx

    def build(self, to: str, invoice_number: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = f"Invoice {invoice_number} - textile conservation"
        msg.set_content(
            "Dear client,\n\nPlease find attached our invoice for the conservation work "
            f"recorded under {invoice_number}.\n\nWith kind regards,\nThe Studio"
        )
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
        return msg

    def send(self, to: str, invoice_number: str, pdf: Path) -> None:
        message = self.build(to, invoice_number, pdf)
        with smtplib.SMTP_SSL(self.settings.host, self.settings.port, context=self.tls_context, timeout=30) as smtp:
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(message)
