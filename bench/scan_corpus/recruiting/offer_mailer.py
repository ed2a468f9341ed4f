"""Send offer letters to candidates through the corporate SMTP relay."""

import os
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
FROM_ADDR = os.environ.get("OFFERS_FROM", "offers@example.com")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the relay appliance in the Frankfurt office still negotiates the older protocol versions
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_offer_message(candidate_email: str, candidate_name: str, job_title: str, pdf: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Your offer for {job_title}"
    msg["From"] = FROM_ADDR
    msg["To"] = candidate_email
    msg.set_content(
        f"Hi {candidate_name},\n\n"
        "We're delighted to extend you an offer. Please find the letter attached.\n\n"
        "The Talent Team"
    )
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="offer_letter.pdf")
    return msg


def send_offer(candidate_email: str, candidate_name: str, job_title: str, pdf: bytes) -> None:
    msg = build_offer_message(candidate_email, candidate_name, job_title, pdf)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=_tls_context())
        smtp.ehlo()
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(msg)
