"""Outgoing mail for invoices, progress updates and permit reminders."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage

log = logging.getLogger("studio.mail")


@dataclass(frozen=True)
class RelaySettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    sender: str = "Northwoods Taxidermy <office@northwoods-taxidermy.example>"

    @classmethod
    def from_env(cls) -> "RelaySettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
        )


class MailRelayClient:
    def __init__(self, settings: RelaySettings) -> None:
        self._settings = settings
        self._tls = ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        log.info("connecting to mail relay %s:%d as %s", s.host, s.port, s.username)
        smtp = smtplib.SMTP(s.host, s.port, timeout=20)
        smtp.starttls(context=self._tls)
        try:
            smtp.login(s.username, s.password)
        except smtplib.SMTPAuthenticationError as exc:
            smtp.quit()
            log.error("mail relay refused login for %s (code %s)", s.username, exc.smtp_code)
            raise
        return smtp

    def send(self, to: str, subject: str, body: str, attachment: tuple[str, bytes] | None = None) -> None:
        msg = EmailMessage()
        msg["From"] = self._settings.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        if attachment is not None:
            name, data = attachment
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        with self._connect() as smtp:
            smtp.send_message(msg)
        log.info("sent '%s' to %s", subject, to)


def send_invoice_mail(client: MailRelayClient, to: str, invoice_number: str, pdf: bytes) -> None:
    client.send(
        to,
        f"Invoice {invoice_number} from Northwoods Taxidermy",
        "Please find your invoice attached. Thank you for trusting us with your trophy.",
        attachment=(f"{invoice_number}.pdf", pdf),
    )
