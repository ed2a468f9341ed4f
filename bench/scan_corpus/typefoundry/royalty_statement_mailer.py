"""Emails quarterly royalty statements (PDF) to designers."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Iterable

logger = logging.getLogger("royalty_mailer")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    sender: str = "royalties@typefoundry.example"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
        )


@dataclass
class Statement:
    designer_name: str
    designer_email: str
    period: str
    pdf_path: Path


def build_message(settings: SmtpSettings, statement: Statement) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = statement.designer_email
    msg["Subject"] = f"Your royalty statement for {statement.period}"
    msg.set_content(
        f"Hello {statement.designer_name},\n\n"
        f"attached is your royalty statement for {statement.period}.\n"
        "Payouts are sent within ten working days.\n"
    )
    msg.add_attachment(
        statement.pdf_path.read_bytes(),
        maintype="application",
        subtype="pdf",
        filename=statement.pdf_path.name,
    )
    return msg


def send_statements(settings: SmtpSettings, statements: Iterable[Statement]) -> int:
    context = ssl.create_default_context()
    sent = 0
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=context)
        logger.info("logging in to %s:%s as %s", settings.host, settings.port, settings.username)
        smtp.login(settings.username, settings.password)
        for statement in statements:
            try:
                smtp.send_message(build_message(settings, statement))
            except smtplib.SMTPRecipientsRefused:
                logger.warning("statement for %s refused by server", statement.designer_email)
                continue
            sent += 1
            logger.info("sent %s statement to %s", statement.period, statement.designer_email)
    return sent


def main(period: str, statement_dir: str, recipients: dict[str, tuple[str, str]]) -> None:
    settings = SmtpSettings.from_env()
    statements = [
        Statement(name, email, period, Path(statement_dir) / f"{slug}-{period}.pdf")
        for slug, (name, email) in recipients.items()
    ]
    count = send_statements(settings, statements)
    logger.info("%d of %d statements sent for %s", count, len(statements), period)
