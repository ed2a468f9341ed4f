"""Sending e-tickets and sailing change notices by email.

Confirmation emails with the e-ticket attached, and notices about delayed
or cancelled sailings, go out through the company's SMTP relay. The mail
settings are printed at worker start-up so that operations can see which
relay a worker is using.
"""
import logging
import os
import smtplib
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage

log = logging.getLogger("mail.dispatch")

HIDDEN_FIELDS = {"password"}


@dataclass
class MailSettings:
    host: str = field(default_factory=lambda: os.environ.get("SMTP_HOST", "localhost"))
    port: int = field(default_factory=lambda: int(os.environ.get("SMTP_PORT", "587")))
    username: str = field(default_factory=lambda: os.environ.get("SMTP_USER", ""))
    password: str = field(default_factory=lambda: os.environ.get("SMTP_PASSWORD", ""))
    sender: str = field(default_factory=lambda: os.environ.get("MAIL_FROM", "tickets@ferryman.example"))


def describe(settings: MailSettings) -> dict:
    return {k: ("***" if k in HIDDEN_FIELDS and v else v) for k, v in asdict(settings).items()}


class TicketMailer:
    def __init__(self, settings: MailSettings | None = None):
        self.settings = settings or MailSettings()
        log.info("mail relay configured: %s", describe(self.settings))

    def _send(self, msg: EmailMessage) -> None:
        s = self.settings
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls()
            if s.username:
                smtp.login(s.username, s.password)
            smtp.send_message(msg)

    def send_eticket(self, to_addr: str, booking_ref: str, pdf: bytes) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to_addr
        msg["Subject"] = f"Your Ferryman tickets - booking {booking_ref}"
        msg.set_content("Your e-tickets are attached. Show the QR code at the gangway.")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{booking_ref}.pdf")
        self._send(msg)
        log.info("e-ticket for %s sent to %s", booking_ref, to_addr)

    def send_sailing_notice(self, to_addr: str, route: str, departs: str, status: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to_addr
        msg["Subject"] = f"Sailing update: {route} {departs}"
        msg.set_content(f"The {departs} {route} sailing is now {status}. Reply to this email for help.")
        self._send(msg)
