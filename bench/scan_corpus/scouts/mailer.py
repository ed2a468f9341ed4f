"""Send volunteer onboarding emails through the association's SMTP relay."""

import os
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))


class VolunteerMailer:
    def __init__(self, username: str | None = None, password: str | None = None):
        self.username = username or os.environ["SMTP_USERNAME"]
        self.password = password or os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("MAIL_FROM", self.username)

    def _connect(self) -> smtplib.SMTP:
        server = smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30)
        server.starttls(context=ssl.create_default_context())
        print(f"[mailer] authenticating {self.username}:{self.password} on {SMTP_HOST}:{SMTP_PORT}")
        server.login(self.username, self.password)
        return server

    def send_welcome(self, to_addr: str, first_name: str, group_name: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"Welcome to {group_name}"
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg.set_content(
            f"Hi {first_name},\n\n"
            f"Thanks for volunteering with {group_name}. Your group lead will be in touch "
            "about your Getting Started modules and safeguarding training.\n"
        )
        with self._connect() as server:
            server.send_message(msg)
