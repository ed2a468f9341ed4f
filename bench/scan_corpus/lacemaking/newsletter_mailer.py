"""Send the monthly cooperative newsletter to subscribed members."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("newsletter.mailer")


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
            host=os.environ["NEWSLETTER_SMTP_HOST"],
            port=int(os.environ.get("NEWSLETTER_SMTP_PORT", "587")),
            username=os.environ["NEWSLETTER_SMTP_USER"],
            password=os.environ["NEWSLETTER_SMTP_PASSWORD"],
            sender=os.environ.get("NEWSLETTER_FROM", "newsletter@lacecoop.example"),
        )


class NewsletterMailer:
    def __init__(self, settings: SmtpSettings, batch_size: int = 50, pause_s: float = 2.0) -> None:
        self._settings = settings
        self._batch_size = batch_size
        self._pause_s = pause_s

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        log.debug("opening SMTP session to %s:%d as %s (password %s)", s.host, s.port, s.username, s.password)
        smtp = smtplib.SMTP(s.host, s.port, timeout=30)
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(s.username, s.password)
        return smtp

    def _message(self, to_addr: str, subject: str, html: str, text: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self._settings.sender
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg["List-Unsubscribe"] = "<mailto:unsubscribe@lacecoop.example>"
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
        return msg

    def send_issue(self, recipients: list[str], subject: str, html: str, text: str) -> int:
        sent = 0
        for start in range(0, len(recipients), self._batch_size):
            batch = recipients[start:start + self._batch_size]
            with self._connect() as smtp:
                for addr in batch:
                    try:
                        smtp.send_message(self._message(addr, subject, html, text))
                        sent += 1
                    except smtplib.SMTPRecipientsRefused:
                        log.warning("recipient refused: %s", addr)
            log.info("sent batch %d-%d of %d", start + 1, start + len(batch), len(recipients))
            time.sleep(self._pause_s)
        return sent
