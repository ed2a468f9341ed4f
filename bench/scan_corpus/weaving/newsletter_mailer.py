"""Sends the monthly studio newsletter (new classes, yarn arrivals) to subscribers."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("newsletter")


@dataclass
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ.get("SMTP_HOST", "smtp.mailrelay.example"),
            port=int(os.environ.get("SMTP_PORT", "465")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("NEWSLETTER_FROM", "news@warpweft.example"),
        )

    def __repr__(self) -> str:
        return f"SmtpSettings(host={self.host!r}, port={self.port}, username={self.username!r})"


def build_message(settings: SmtpSettings, to: str, subject: str, html: str, text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["List-Unsubscribe"] = "<mailto:unsubscribe@warpweft.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def send_newsletter(settings: SmtpSettings, recipients: list[str], subject: str, html: str, text: str) -> int:
    sent = 0
    context = ssl.create_default_context()
    with smtplib.SMTP_SSL(settings.host, settings.port, context=context, timeout=30) as smtp:
        smtp.login(settings.username, settings.password)
        log.info("logged in to %s:%s as %s", settings.host, settings.port, settings.username)
        for rcpt in recipients:
            try:
                smtp.send_message(build_message(settings, rcpt, subject, html, text))
                sent += 1
            except smtplib.SMTPRecipientsRefused:
                log.warning("recipient refused: %s", rcpt)
    log.info("newsletter %r sent to %d of %d subscribers", subject, sent, len(recipients))
    return sent
