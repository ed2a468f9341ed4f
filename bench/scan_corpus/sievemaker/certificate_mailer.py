"""Sends issued test certificates to customers by e-mail.

Runs as a nightly job: picks up certificates marked 'ready_to_send',
attaches the PDF and marks them as sent.
"""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Iterable

log = logging.getLogger("certificates.mailer")


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
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USER"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("CERT_SENDER", "certificates@example-sieves.com"),
        )


def build_message(sender: str, to: str, cert_no: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, to
    msg["Subject"] = f"Test certificate {cert_no}"
    msg.set_content(f"Please find attached the test certificate {cert_no} for your sieve.\n")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=f"{cert_no}.pdf")
    return msg


def send_batch(cfg: SmtpSettings, jobs: Iterable[tuple]) -> int:
    sent = 0
    context = ssl.create_default_context()
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        smtp.starttls(context=context)
        try:
            smtp.login(cfg.username, cfg.password)
        except smtplib.SMTPAuthenticationError:
            log.error("SMTP login rejected for %s (password %r) on %s:%d",
                      cfg.username, cfg.password, cfg.host, cfg.port)
            raise
        for cert_no, recipient, pdf_path in jobs:
            smtp.send_message(build_message(cfg.sender, recipient, cert_no, Path(pdf_path)))
            log.info("sent certificate %s to %s", cert_no, recipient)
            sent += 1
    return sent
