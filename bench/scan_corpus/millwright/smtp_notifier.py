"""Emails visit confirmations and inspection-due reminders to customers."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("millwright.mail")


@dataclass
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "Millwright Services <visits@millwright-services.co.uk>"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
        )


class Notifier:
    def __init__(self, settings: SmtpSettings):
        self.settings = settings

    def _message(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: str, subject: str, body: str) -> None:
        s = self.settings
        log.info("sending '%s' to %s via %s:%s as %s", subject, to, s.host, s.port, s.username)
        context = ssl.create_default_context()
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(s.username, s.password)
            smtp.send_message(self._message(to, subject, body))

    def visit_confirmation(self, to: str, mill: str, when: str, engineer: str) -> None:
        self.send(
            to,
            f"Engineer visit confirmed: {mill}",
            f"{engineer} will attend {mill} on {when}. Please make sure there is "
            "clear access to the cap or wheel-pit.",
        )
