"""Send the annual rent invoices to plot holders by e-mail.

Invoices are generated as PDFs by the invoicing job; this worker picks up
unsent ones and mails them through the council's SMTP relay.
"""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
import sqlite3
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("allotments.invoice_mailer")


@dataclass
class MailerSettings:
    smtp_host: str
    smtp_port: int
    smtp_user: str
    smtp_password: str
    sender: str
    invoice_dir: Path

    @classmethod
    def from_env(cls) -> "MailerSettings":
        return cls(
            smtp_host=os.environ["SMTP_HOST"],
            smtp_port=int(os.environ.get("SMTP_PORT", "587")),
            smtp_user=os.environ["SMTP_USER"],
            smtp_password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("INVOICE_SENDER", "allotments@council.example"),
            invoice_dir=Path(os.environ["INVOICE_DIR"]),
        )


class InvoiceMailer:
    def __init__(self, settings: MailerSettings, conn: sqlite3.Connection) -> None:
        self.settings = settings
        self.conn = conn
        log.info("invoice mailer starting with %s", self.settings)

    def pending(self) -> list[tuple[str, str, str]]:
        return self.conn.execute(
            "SELECT i.invoice_no, t.holder_name, t.holder_email FROM rent_invoice i "
            "JOIN tenancy t ON t.id = i.tenancy_id WHERE i.emailed_at IS NULL"
        ).fetchall()

    def build(self, invoice_no: str, name: str, email: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = email
        msg["Subject"] = f"Allotment rent invoice {invoice_no}"
        msg.set_content(
            f"Dear {name},\n\nPlease find attached your allotment rent invoice {invoice_no}.\n"
            "Payment is due within 30 days.\n\nAllotments Team"
        )
        pdf = (self.settings.invoice_dir / f"{invoice_no}.pdf").read_bytes()
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{invoice_no}.pdf")
        return msg

    def send_all(self) -> int:
        sent = 0
        with smtplib.SMTP(self.settings.smtp_host, self.settings.smtp_port, timeout=30) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.login(self.settings.smtp_user, self.settings.smtp_password)
            for invoice_no, name, email in self.pending():
                smtp.send_message(self.build(invoice_no, name, email))
                self.conn.execute(
                    "UPDATE rent_invoice SET emailed_at = datetime('now') WHERE invoice_no = ?",
                    (invoice_no,),
                )
                self.conn.commit()
                sent += 1
        log.info("sent %d invoices", sent)
        return sent
