"""Sends tuning and condition reports to the diocesan organ adviser.

Reports are rendered to PDF by the office and posted through the
diocese's mail relay, which requires authenticated STARTTLS.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


@dataclass
class RelaySettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "RelaySettings":
        return cls(
            host=os.environ["DIOCESE_SMTP_HOST"],
            port=int(os.environ.get("DIOCESE_SMTP_PORT", "587")),
            username=os.environ["DIOCESE_SMTP_USER"],
            password=os.environ["DIOCESE_SMTP_PASSWORD"],
            sender=os.environ.get("REPORT_SENDER", "reports@organworks.example"),
        )


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1
    return context


def build_message(settings: RelaySettings, adviser: str, church: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = adviser
    msg["Subject"] = f"Organ condition report - {church}"
    msg.set_content(
        f"Please find attached the latest condition report for the organ at {church}.\n"
    )
    msg.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
    )
    return msg


def send_report(settings: RelaySettings, adviser: str, church: str, pdf: Path) -> None:
    message = build_message(settings, adviser, church, pdf)
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=_tls_context())
        smtp.ehlo()
        smtp.login(settings.username, settings.password)
        smtp.send_message(message)


if __name__ == "__main__":
    import sys

    send_report(RelaySettings.from_env(), sys.argv[1], sys.argv[2], Path(sys.argv[3]))
