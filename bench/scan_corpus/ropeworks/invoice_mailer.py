"""Sends monthly invoice PDFs to dealers by e-mail.

Invoked by the billing scheduler on the first working day of the month
after the invoice run has produced the PDFs.
"""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)

SMTP_HOST = os.environ["BILLING_SMTP_HOST"]
SMTP_PORT = int(os.environ.get("BILLING_SMTP_PORT", "587"))
SMTP_USER = "billing@ropeworks.example"
SMTP_PASSWORD = "Hx7!spliceYard-2291"
SENDER = "Ropeworks Billing <billing@ropeworks.example>"


def _message(invoice_no: str, recipient: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = recipient
    msg["Subject"] = f"Ropeworks invoice {invoice_no}"
    msg.set_content(
        "Dear dealer,\n\nplease find attached invoice "
        f"{invoice_no}.\n\nKind regards,\nRopeworks Billing\n"
    )
    msg.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
    )
    return msg


def pending_invoices(dsn: str) -> list[tuple[str, str, str]]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT i.number, d.billing_email, i.pdf_path FROM invoices i "
            "JOIN dealers d ON d.id = i.dealer_id "
            "WHERE i.emailed_at IS NULL AND i.pdf_path IS NOT NULL"
        ).fetchall()


def mark_sent(dsn: str, invoice_no: str) -> None:
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "UPDATE invoices SET emailed_at = now() WHERE number = %s", (invoice_no,)
        )


def send_all(dsn: str) -> int:
    sent = 0
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        for number, email, pdf_path in pending_invoices(dsn):
            smtp.send_message(_message(number, email, Path(pdf_path)))
            mark_sent(dsn, number)
            log.info("mailed invoice %s to %s", number, email)
            sent += 1
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    send_all(os.environ["BILLING_DSN"])
