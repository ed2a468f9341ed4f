"""E-mails monthly pilotage invoices to shipping agents.

Uses the finance mailbox over SMTP with STARTTLS. Every send is logged
for the audit trail, including the SMTP account used, but never its
password.
"""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("harbourpilots.invoice_mailer")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    sender: str = "accounts@harbourpilots.example"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
        )


class InvoiceMailer:
    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings
        self._tls = ssl.create_default_context()

    def _message(self, to: str, invoice_no: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self._settings.sender
        msg["To"] = to
        msg["Subject"] = f"Pilotage invoice {invoice_no}"
        msg.set_content(
            f"Please find attached pilotage invoice {invoice_no}.\n"
            "Payment terms: 30 days from invoice date.\n"
        )
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                           filename=pdf.name)
        return msg

    def send(self, agent_email: str, invoice_no: str, pdf: Path) -> None:
        s = self._settings
        log.info("sending invoice %s to %s via %s as %s", invoice_no, agent_email, s.host,
                 s.username)
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls)
            smtp.login(s.username, s.password)
            smtp.send_message(self._message(agent_email, invoice_no, pdf))
        log.info("invoice %s delivered", invoice_no)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    InvoiceMailer(SmtpSettings.from_env()).send(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
