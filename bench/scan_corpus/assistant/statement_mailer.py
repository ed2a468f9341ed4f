"""Send monthly account statements through the corporate SMTP relay (FIN-88).

The relay only offers STARTTLS on port 587. Credentials come from the
environment; the PDF is attached as-is.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


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
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("STATEMENT_SENDER", "statements@example.com"),
        )


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def send_statement(cfg: SmtpSettings, recipient: str, period: str, pdf: Path) -> None:
    """Email the statement PDF for ``period`` to ``recipient``."""
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = recipient
    msg["Subject"] = f"Your statement for {period}"
    msg.set_content(f"Please find attached your account statement for {period}.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)

    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=_tls_context())
        smtp.ehlo()
        smtp.login(cfg.username, cfg.password)
        smtp.send_message(msg)
