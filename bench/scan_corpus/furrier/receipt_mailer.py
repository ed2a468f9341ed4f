"""Emails storage receipts and alteration pickup notices to customers."""
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

SMTP_HOST = "smtp.mailroute-pro.com"
SMTP_PORT = 587
SMTP_USER = "receipts@northgatefurs.com"
SMTP_PASSWORD = "Nf!vault-2023#qT8wLm"
FROM_NAME = "Northgate Furs"


class ReceiptMailer:
    def __init__(self, host: str = SMTP_HOST, port: int = SMTP_PORT):
        self.host = host
        self.port = port
        self._context = ssl.create_default_context()

    def _message(self, to_addr: str, subject: str, text: str, pdf: bytes | None,
                 pdf_name: str = "receipt.pdf") -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = formataddr((FROM_NAME, SMTP_USER))
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg["Message-ID"] = make_msgid(domain="northgatefurs.com")
        msg.set_content(text)
        if pdf is not None:
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
        return msg

    def send(self, to_addr: str, subject: str, text: str, pdf: bytes | None = None) -> None:
        message = self._message(to_addr, subject, text, pdf)
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.starttls(context=self._context)
            smtp.login(SMTP_USER, SMTP_PASSWORD)
            smtp.send_message(message)


def send_storage_receipt(mailer: ReceiptMailer, customer: dict, booking: dict, pdf: bytes) -> None:
    text = (
        f"Dear {customer['first_name']},\n\n"
        f"Thank you for storing {booking['garment_count']} garment(s) with us this season. "
        f"Your booking reference is {booking['reference']}.\n\n"
        "Please keep the attached receipt; you will need it to collect your items.\n"
    )
    mailer.send(customer["email"], f"Storage receipt {booking['reference']}", text, pdf)
