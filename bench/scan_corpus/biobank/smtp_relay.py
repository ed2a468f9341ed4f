"""Outbound mail for sample-release and shipment notifications."""
import os
import smtplib
import ssl
from email.message import EmailMessage


class NotificationMailer:
    def __init__(self, host: str | None = None, port: int = 465):
        self.host = host or os.environ["SMTP_HOST"]
        self.port = port
        self.user = os.environ["SMTP_USER"]
        self.sender = os.environ.get("NOTIFY_SENDER", self.user)

    @staticmethod
    def _context() -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        return ctx

    def send(self, to: list[str], subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(to)
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP_SSL(self.host, self.port, context=self._context(), timeout=30) as smtp:
            smtp.login(self.user, os.environ["SMTP_PASSWORD"])
            smtp.send_message(msg)
