"""E-mail delivery of issued inspection certificates.

When a 3.1 certificate is issued, the PDF is e-mailed to the contacts on
the customer's purchase order through the company's own mail relay,
which requires an authenticated submission.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from qa.config import settings


def smtp_credentials() -> tuple[str, str]:
    return os.environ["QA_SMTP_USER"], os.environ["QA_SMTP_PASSWORD"]


def build_message(cert_no: str, pdf_path: Path, recipients: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Inspection certificate {cert_no}"
    msg["From"] = settings.QA_MAIL_FROM
    msg["To"] = ", ".join(recipients)
    msg.set_content(
        f"Please find attached inspection certificate {cert_no}.\n"
        "The SHA-256 of the PDF is printed in its footer for verification.\n"
    )
    msg.add_attachment(
        pdf_path.read_bytes(), maintype="application", subtype="pdf", filename=pdf_path.name
    )
    return msg


def send_certificate(cert_no: str, pdf_path: Path, recipients: list[str]) -> None:
    if not recipients:
        raise ValueError("no recipients on purchase order")
    user, password = smtp_credentials()
    context = ssl.create_default_context()
    with smtplib.SMTP(settings.QA_SMTP_HOST, settings.QA_SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(user, password)
        smtp.send_message(build_message(cert_no, pdf_path, recipients))
