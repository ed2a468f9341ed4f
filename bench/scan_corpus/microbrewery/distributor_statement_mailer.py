"""Emails monthly account statements to distributors through the brewery's SMTP relay."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "MailSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("STATEMENT_SENDER", "accounts@oldmaltings.beer"),
        )


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def build_statement(sender: str, to: str, account_name: str, period: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Old Maltings Brewery statement {period} - {account_name}"
    msg.set_content(
        f"Dear {account_name},\n\nPlease find attached your statement for {period}.\n"
        "Keg deposits outstanding are listed on page two.\n\nAccounts team"
    )
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return msg


def send_statements(settings: MailSettings, batch: list[tuple[str, str, Path]], period: str) -> int:
    sent = 0
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.username, settings.password)
        for email, account_name, pdf in batch:
            smtp.send_message(build_statement(settings.sender, email, account_name, period, pdf))
            log.info("statement %s sent to %s", period, account_name)
            sent += 1
    return sent
