"""Send order confirmations and dispatch notices to customers over SMTP."""

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("mailer")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str = "Broomworks Workshop <orders@broomworks.example>"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ.get("SMTP_HOST", "smtp.mailrelay.example"),
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
        )


class OrderMailer:
    def __init__(self, settings: SmtpSettings | None = None):
        self.settings = settings or SmtpSettings.from_env()
        self._tls = ssl.create_default_context()

    def _send(self, msg: EmailMessage) -> None:
        s = self.settings
        log.info("smtp send via %s:%d as %s to %s", s.host, s.port, s.username, msg["To"])
        with smtplib.SMTP(s.host, s.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls)
            try:
                smtp.login(s.username, s.password)
            except smtplib.SMTPAuthenticationError as exc:
                log.error("smtp login rejected for %s on %s (code %s)", s.username, s.host, exc.smtp_code)
                raise
            smtp.send_message(msg)

    def order_confirmation(self, to: str, order_ref: str, lines: list[str]) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = f"Your Broomworks order {order_ref}"
        body = "\n".join(f"  - {line}" for line in lines)
        msg.set_content(
            f"Thank you for your order {order_ref}.\n\n{body}\n\n"
            "Every besom is tied by hand, so please allow up to ten working days."
        )
        self._send(msg)

    def dispatched(self, to: str, order_ref: str, tracking_url: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = f"Order {order_ref} is on its way"
        msg.set_content(f"Your brooms have left the workshop. Track the parcel: {tracking_url}")
        self._send(msg)
