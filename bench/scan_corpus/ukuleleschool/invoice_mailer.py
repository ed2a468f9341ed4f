"""Emails monthly PDF invoices for lesson subscriptions and instrument rentals."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("invoices")


@dataclass
class MailSettings:
    host: str = field(default_factory=lambda: os.environ["SMTP_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SMTP_PORT", "587")))
    user: str = field(default_factory=lambda: os.environ["SMTP_USER"])
    password: str = field(default_factory=lambda: os.environ["SMTP_PASSWORD"])
    sender: str = "billing@strumstreet.example"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


class InvoiceMailer:
    def __init__(self, settings: MailSettings):
        self.settings = settings

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = self.settings.min_tls
        return ctx

    def _message(self, to: str, name: str, invoice_no: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = f"Invoice {invoice_no} - Strum Street Ukulele School"
        msg.set_content(f"Hello {name},\n\nPlease find invoice {invoice_no} attached.\n")
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                           filename=f"{invoice_no}.pdf")
        return msg

    def send_batch(self, invoices: list) -> int:
        sent = 0
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=self._context())
            smtp.login(self.settings.user, self.settings.password)
            for inv in invoices:
                smtp.send_message(self._message(inv["email"], inv["name"], inv["number"], Path(inv["pdf"])))
                sent += 1
                log.info("invoice %s sent to %s", inv["number"], inv["email"])
        return sent
