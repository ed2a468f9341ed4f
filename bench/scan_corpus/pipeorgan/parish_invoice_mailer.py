"""Monthly invoice mailing to parish clients.

At month end the office sends each parish or hall its tuning and maintenance
invoices as PDF attachments through the firm's mail relay.
"""
import logging
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("accounts.invoice_mailer")


@dataclass
class MailRelay:
    host: str
    port: int
    username: str
    password: str
    sender: str = "accounts@organworks.co.uk"

    @classmethod
    def from_env(cls) -> "MailRelay":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
        )

    def describe(self) -> dict[str, object]:
        shown = dict(vars(self))
        shown["password"] = "*" * 8 if self.password else "(unset)"
        return shown


def build_message(relay: MailRelay, to_addr: str, parish: str, invoice_pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = relay.sender
    msg["To"] = to_addr
    msg["Subject"] = f"Organ maintenance invoice - {parish}"
    msg.set_content(
        f"Dear {parish} PCC,\n\nPlease find attached this month's invoice for organ "
        "tuning and maintenance.\n\nWith thanks,\nThe Accounts Office"
    )
    msg.add_attachment(
        invoice_pdf.read_bytes(), maintype="application", subtype="pdf", filename=invoice_pdf.name
    )
    return msg


def send_invoices(batch: list[tuple[str, str, Path]], relay: MailRelay | None = None) -> int:
    relay = relay or MailRelay.from_env()
    log.info("connecting to mail relay with settings %s", relay.describe())
    sent = 0
    with smtplib.SMTP(relay.host, relay.port, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(relay.username, relay.password)
        for to_addr, parish, pdf in batch:
            smtp.send_message(build_message(relay, to_addr, parish, pdf))
            sent += 1
            log.info("sent invoice %s to %s", pdf.name, parish)
    return sent
