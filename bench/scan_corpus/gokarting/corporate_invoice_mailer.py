"""Sends corporate event invoices to the booking contact.

After a team-building Grand Prix the billing job renders the invoice and
this module emails it with the PDF attached through the office mail
relay.
"""
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
class RelaySettings:
    host: str = os.environ.get("MAIL_RELAY_HOST", "smtp.office365.com")
    port: int = 587
    username: str = "invoices@grandprix-karting.co.uk"
    password: str = "Pitlane#Invoices2024"
    sender: str = "Grand Prix Karting Accounts <invoices@grandprix-karting.co.uk>"


@dataclass
class CorporateInvoice:
    number: str
    company: str
    contact_email: str
    event_date: str
    total_pence: int
    pdf_path: Path


def build_message(invoice: CorporateInvoice, settings: RelaySettings) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = invoice.contact_email
    msg["Subject"] = f"Invoice {invoice.number} - {invoice.company} event on {invoice.event_date}"
    pounds = invoice.total_pence / 100
    msg.set_content(
        f"Dear {invoice.company},\n\n"
        f"Thank you for racing with us. Please find invoice {invoice.number} "
        f"for \u00a3{pounds:,.2f} attached. Payment is due within 30 days.\n\n"
        "Grand Prix Karting Accounts"
    )
    msg.add_attachment(
        invoice.pdf_path.read_bytes(),
        maintype="application",
        subtype="pdf",
        filename=f"{invoice.number}.pdf",
    )
    return msg


def send_invoice(invoice: CorporateInvoice, settings: RelaySettings | None = None) -> None:
    settings = settings or RelaySettings()
    context = ssl.create_default_context()
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(settings.username, settings.password)
        smtp.send_message(build_message(invoice, settings))
    log.info("invoice %s sent to %s", invoice.number, invoice.contact_email)
