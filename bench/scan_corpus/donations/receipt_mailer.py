"""Send donation receipts by email through the council-hosted mail relay."""

import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

SMTP_HOST = os.environ["RECEIPT_SMTP_HOST"]
SMTP_PORT = int(os.environ.get("RECEIPT_SMTP_PORT", "587"))
SMTP_USER = os.environ["RECEIPT_SMTP_USER"]
SMTP_PASSWORD = os.environ["RECEIPT_SMTP_PASSWORD"]
FROM_ADDRESS = os.environ.get("RECEIPT_FROM", "receipts@example.org")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the shared relay has not been upgraded since the 2016 migration
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_receipt(to_addr: str, donor_name: str, amount: str, pdf: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = FROM_ADDRESS
    msg["To"] = to_addr
    msg["Subject"] = "Thank you for your donation"
    msg["Message-ID"] = make_msgid(domain=FROM_ADDRESS.split("@")[-1])
    msg.set_content(
        f"Dear {donor_name},\n\n"
        f"Thank you for your gift of {amount}. Your receipt is attached.\n"
    )
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="receipt.pdf")
    return msg


def send_receipts(messages: list[EmailMessage]) -> None:
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        for msg in messages:
            smtp.send_message(msg)
