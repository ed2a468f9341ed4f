"""Emails membership fee invoices (PDF attached) to members."""

import logging
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("fees.invoices")


class InvoiceMailer:
    def __init__(self):
        self.host = os.environ["SMTP_HOST"]
        self.port = int(os.environ.get("SMTP_PORT", "587"))
        self.username = os.environ["SMTP_USERNAME"]
        self.password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("FEES_FROM_ADDRESS", "treasurer@rowingclub.org.uk")

    def _message(self, to_addr: str, member_name: str, invoice_no: str, amount: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"Membership invoice {invoice_no}"
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg.set_content(
            "Dear {name},\n\nPlease find attached invoice {no} for {amount}.\n"
            "Payment is due within 30 days. Members on direct debit need do nothing.\n\n"
            "Club Treasurer".format(name=member_name, no=invoice_no, amount=amount)
        )
        msg.add_attachment(
            pdf.read_bytes(), maintype="application", subtype="pdf", filename=f"{invoice_no}.pdf"
        )
        return msg

    def send_batch(self, invoices: list[dict]) -> list[str]:
        """Send each invoice; returns the invoice numbers that failed."""
        failed = []
        context = ssl.create_default_context()
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.username, self.password)
            for inv in invoices:
                msg = self._message(inv["email"], inv["name"], inv["number"], inv["amount"], Path(inv["pdf_path"]))
                try:
                    smtp.send_message(msg)
                except smtplib.SMTPRecipientsRefused:
                    log.warning("Invoice %s refused for member %s", inv["number"], inv["member_id"])
                    failed.append(inv["number"])
        log.info("Sent %d of %d invoices", len(invoices) - len(failed), len(invoices))
        return failed
