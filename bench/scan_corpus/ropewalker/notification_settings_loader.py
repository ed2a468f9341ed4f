"""Loads SMTP and SMS gateway settings used for dispatch and certificate notifications."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str
    use_starttls: bool = True


def load_mail_settings() -> MailSettings:
    config = MailSettings(
        host=os.environ["RW_SMTP_HOST"],
        port=int(os.environ.get("RW_SMTP_PORT", "587")),
        username=os.environ.get("RW_SMTP_USER", ""),
        password=os.environ.get("RW_SMTP_PASSWORD", ""),
        sender=os.environ.get("RW_MAIL_FROM", "dispatch@ropewalker.example"),
    )
    log.info("mail settings loaded: %r", config)
    return config


class DispatchMailer:
    def __init__(self, config: MailSettings | None = None):
        self.config = config or load_mail_settings()

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"] = self.config.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        with smtplib.SMTP(self.config.host, self.config.port, timeout=30) as smtp:
            if self.config.use_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.config.username:
                smtp.login(self.config.username, self.config.password)
            smtp.send_message(message)

    def dispatch_notice(self, to: str, order_ref: str, carrier: str, tracking: str) -> None:
        self.send(
            to,
            f"Order {order_ref} has shipped",
            f"Your rope order {order_ref} left our warehouse with {carrier}.\n"
            f"Tracking number: {tracking}\n",
        )
