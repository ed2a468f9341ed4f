"""Configures the SMTP relay used for commission updates and tour confirmations."""

import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    use_starttls: bool = True
    sender: str = "foundry@bellfounder.example"


def load_smtp_settings() -> SmtpSettings:
    return SmtpSettings(
        host=os.environ.get("SMTP_HOST", "localhost"),
        port=int(os.environ.get("SMTP_PORT", "587")),
        username=os.environ.get("SMTP_USERNAME", ""),
        password=os.environ.get("SMTP_PASSWORD", ""),
        use_starttls=os.environ.get("SMTP_STARTTLS", "1") == "1",
    )


class FoundryMailer:
    def __init__(self, cfg: SmtpSettings | None = None):
        self.cfg = cfg or load_smtp_settings()
        print(f"[mailer] relay configured: {self.cfg}")

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.cfg.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP(self.cfg.host, self.cfg.port, timeout=20) as smtp:
            if self.cfg.use_starttls:
                smtp.starttls()
            if self.cfg.username:
                smtp.login(self.cfg.username, self.cfg.password)
            smtp.send_message(msg)
