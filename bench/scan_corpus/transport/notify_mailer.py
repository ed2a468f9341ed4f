"""Outbound notification mail via the corporate relay (STARTTLS on 587)."""
import os
import smtplib
import ssl
from email.message import EmailMessage


def _relay_context() -> ssl.SSLContext:
    # relay presents a cert for its internal hostname, not the DNS alias we use
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Mailer:
    def __init__(self, host: str | None = None, port: int = 587):
        self.host = host or os.environ["SMTP_RELAY_HOST"]
        self.port = port
        self.user = os.environ["SMTP_USER"]
        self.password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("SMTP_FROM", self.user)

    def send(self, to: list[str], subject: str, body: str, html: str | None = None) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(to)
        msg["Subject"] = subject
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.ehlo()
            smtp.starttls(context=_relay_context())
            smtp.login(self.user, self.password)
            smtp.send_message(msg)
