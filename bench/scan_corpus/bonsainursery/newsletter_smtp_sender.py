"""Send the monthly nursery newsletter (new arrivals, workshop dates).

Uses the same SMTP relay as the care reminders, with a dedicated account
for bulk mail.
"""
from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass, field
from email.message import EmailMessage

log = logging.getLogger("newsletter.smtp")


@dataclass(frozen=True)
class RelayAccount:
    host: str
    port: int
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "RelayAccount":
        return cls(
            host=os.environ["NEWSLETTER_SMTP_HOST"],
            port=int(os.environ.get("NEWSLETTER_SMTP_PORT", "587")),
            username=os.environ["NEWSLETTER_SMTP_USER"],
            password=os.environ["NEWSLETTER_SMTP_PASSWORD"],
        )

    def describe(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def compose(subject: str, html: str, text: str, to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Bonsai Nursery <news@bonsainursery.example>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["List-Unsubscribe"] = "<https://bonsainursery.example/newsletter/unsubscribe>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def send_newsletter(subject: str, html: str, text: str, recipients: list[str]) -> int:
    account = RelayAccount.from_env()
    log.info("sending newsletter %r to %d recipients via %s", subject, len(recipients),
             account.describe())
    sent = 0
    with smtplib.SMTP(account.host, account.port, timeout=60) as smtp:
        smtp.starttls()
        try:
            smtp.login(account.username, account.password)
        except smtplib.SMTPAuthenticationError:
            log.error("SMTP login failed for %s", account.describe())
            raise
        for rcpt in recipients:
            try:
                smtp.send_message(compose(subject, html, text, rcpt))
                sent += 1
            except smtplib.SMTPRecipientsRefused:
                log.warning("refused: %s", rcpt)
    log.info("newsletter %r sent to %d recipients", subject, sent)
    return sent
