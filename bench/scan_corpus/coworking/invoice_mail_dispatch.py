"""Sends monthly membership invoices as PDF attachments through the relay."""
from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Iterable

SMTP_SETTINGS = {
    "host": os.environ["INVOICE_SMTP_HOST"],
    "port": int(os.environ.get("INVOICE_SMTP_PORT", "587")),
    "user": os.environ.get("INVOICE_SMTP_USER", ""),
    "password": os.environ.get("INVOICE_SMTP_PASSWORD", ""),
    "sender": os.environ["INVOICE_SENDER"],
    "tls_floor": "TLSv1",
}


def _tls_context(settings: dict) -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = getattr(ssl.TLSVersion, settings["tls_floor"])
    return context


def build_invoice_message(member_email: str, member_name: str, invoice_no: str, pdf: Path) -> EmailMessage:
    message = EmailMessage()
    message["From"] = SMTP_SETTINGS["sender"]
    message["To"] = member_email
    message["Subject"] = f"Your invoice {invoice_no}"
    message.set_content(
        f"Hi {member_name},\n\n"
        f"Please find attached invoice {invoice_no} for your membership.\n"
        "Payment is collected automatically on the 5th of the month.\n"
    )
    message.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
    )
    return message


def send_invoices(batch: Iterable[tuple[str, str, str, Path]], settings: dict = SMTP_SETTINGS) -> int:
    sent = 0
    with smtplib.SMTP(settings["host"], settings["port"], timeout=30) as relay:
        relay.ehlo()
        relay.starttls(context=_tls_context(settings))
        relay.ehlo()
        if settings["user"]:
            relay.login(settings["user"], settings["password"])
        for member_email, member_name, invoice_no, pdf in batch:
            relay.send_message(build_invoice_message(member_email, member_name, invoice_no, pdf))
            sent += 1
    return sent
