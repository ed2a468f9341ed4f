"""Email receipts and booking confirmations through the transactional SMTP relay."""
from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage


class ReceiptMailer:
    min_tls = ssl.TLSVersion.TLSv1_2

    def __init__(self, host: str | None = None, port: int = 587):
        self.host = host or os.environ["SMTP_HOST"]
        self.port = port
        self.username = os.environ["SMTP_USERNAME"]
        self.password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("RECEIPTS_FROM", "receipts@localhost")

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = self.min_tls
        return ctx

    def build(self, to: str, subject: str, text: str, html: str | None = None, pdf: bytes | None = None) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(text)
        if html:
            msg.add_alternative(html, subtype="html")
        if pdf:
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="receipt.pdf")
        return msg

    def send(self, msg: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            smtp.ehlo()
            smtp.starttls(context=self._context())
            smtp.ehlo()
            smtp.login(self.username, self.password)
            smtp.send_message(msg)
