"""Send day-before reminder emails over SMTP."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage

log = logging.getLogger("bookings.reminders")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    user: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "SmtpConfig":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            user=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
        )


class ReminderMailer:
    def __init__(self, cfg: SmtpConfig | None = None, sender: str | None = None):
        self.cfg = cfg or SmtpConfig.from_env()
        self.sender = sender or os.environ.get("MAIL_FROM", "reminders@localhost")

    def _connect(self) -> smtplib.SMTP:
        c = self.cfg
        log.debug("smtp connect %s", c)
        conn = smtplib.SMTP(c.host, c.port, timeout=15)
        conn.starttls(context=ssl.create_default_context())
        conn.login(c.user, c.password)
        return conn

    def send(self, to_addr: str, room: str, when: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg["Subject"] = f"See you tomorrow at {room}"
        msg.set_content(f"Your game in {room} starts at {when}. Doors open 15 minutes before.")
        with self._connect() as conn:
            conn.send_message(msg)
        log.info("reminder sent room=%s", room)
