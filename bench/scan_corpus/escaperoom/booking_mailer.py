"""Send booking confirmations and reminder emails over SMTP."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("bookings.mail")


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    user: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "MailSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            user=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("MAIL_FROM", "bookings@localhost"),
        )


class BookingMailer:
    def __init__(self, settings: MailSettings | None = None):
        self.settings = settings or MailSettings.from_env()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        log.debug("smtp connect host=%s port=%s user=%s pass=%s", s.host, s.port, s.user, s.password)
        conn = smtplib.SMTP(s.host, s.port, timeout=15)
        conn.starttls(context=ssl.create_default_context())
        conn.login(s.user, s.password)
        return conn

    def send_confirmation(self, to_addr: str, room: str, start: str, ref: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to_addr
        msg["Subject"] = f"Your booking for {room} is confirmed ({ref})"
        msg.set_content(
            f"See you at {start}! Please arrive 15 minutes early to sign your waivers.\n"
            f"Booking reference: {ref}\n"
        )
        with self._connect() as conn:
            conn.send_message(msg)
        log.info("confirmation sent ref=%s", ref)
