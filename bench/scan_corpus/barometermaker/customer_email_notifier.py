"""Email notifications to collectors: quote ready, job finished, invoice due."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

logger = logging.getLogger("notify.email")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("MAIL_FROM", "workshop@barometermaker.example"),
        )


TEMPLATES = {
    "quote_ready": ("Your restoration quote is ready", "Hello {name},\n\nThe quote for your {instrument} is ready to review in the portal.\n"),
    "job_finished": ("Your instrument is ready for collection", "Hello {name},\n\nYour {instrument} has passed final checks and is ready.\n"),
    "invoice_due": ("Invoice reminder", "Hello {name},\n\nInvoice {invoice} for your {instrument} is due on {due}.\n"),
}


class Notifier:
    def __init__(self, settings: SmtpSettings):
        self.settings = settings

    def _deliver(self, msg: EmailMessage) -> None:
        s = self.settings
        logger.info("connecting to %s:%d as %s", s.host, s.port, s.username)
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            try:
                smtp.login(s.username, s.password)
            except smtplib.SMTPAuthenticationError as exc:
                logger.error("SMTP login rejected for %s (code %s)", s.username, exc.smtp_code)
                raise
            smtp.send_message(msg)

    def send(self, kind: str, to: str, **fields) -> None:
        subject, body = TEMPLATES[kind]
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body.format(**fields))
        self._deliver(msg)
        logger.info("sent %s email to %s", kind, to)
