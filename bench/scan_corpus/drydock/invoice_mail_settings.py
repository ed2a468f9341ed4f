"""SMTP settings for sending invoices and statements to ship owners."""
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
    sender: str = "Drydock Accounts <accounts@yard.invalid>"

    @classmethod
    def from_env(cls, prefix: str = "INVOICE_SMTP_") -> "MailSettings":
        env = os.environ
        return cls(
            host=env[f"{prefix}HOST"],
            port=int(env.get(f"{prefix}PORT", "587")),
            username=env[f"{prefix}USER"],
            password=env[f"{prefix}PASSWORD"],
            sender=env.get(f"{prefix}SENDER", cls.sender),
        )


class InvoiceMailer:
    def __init__(self, settings: MailSettings) -> None:
        self._settings = settings
        self._tls = ssl.create_default_context()

    def _message(self, to: str, invoice_no: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self._settings.sender
        msg["To"] = to
        msg["Subject"] = f"Invoice {invoice_no} - dry docking services"
        msg.set_content(f"Please find attached invoice {invoice_no}.\n\nDrydock Accounts")
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
        return msg

    def send_invoice(self, to: str, invoice_no: str, pdf: Path) -> None:
        s = self._settings
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls)
            smtp.login(s.username, s.password)
            smtp.send_message(self._message(to, invoice_no, pdf))
