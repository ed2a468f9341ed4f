"""Outbound mail for camp booking confirmations."""

import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger(__name__)


class SmtpRelay:
    def __init__(self, host: str, port: int, username: str, password: str, sender: str):
        self.host = host
        self.port = port
        self.username = username
        self._password = password
        self.sender = sender

    @classmethod
    def from_env(cls) -> "SmtpRelay":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ["BOOKINGS_MAIL_FROM"],
        )

    def send(self, to_addr: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, to_addr, subject
        msg.set_content(body)
        log.debug("SMTP login as %s on %s:%d (password set: %s)", self.username, self.host, self.port, bool(self._password))
        with smtplib.SMTP(self.host, self.port, timeout=30) as server:
            server.starttls(context=ssl.create_default_context())
            server.login(self.username, self._password)
            server.send_message(msg)
        log.info("Booking confirmation sent to %s", to_addr)
