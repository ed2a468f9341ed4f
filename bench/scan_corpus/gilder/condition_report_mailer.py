"""E-mails finished condition reports to the lender's registrar."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

log = logging.getLogger("reports.mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.gilder-studio.example")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "465"))
SENDER = "reports@gilder-studio.example"


def mail_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def build_message(to: str, object_title: str, accession_no: str, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = to
    msg["Subject"] = f"Condition report - {object_title} ({accession_no})"
    msg.set_content(
        "Dear colleague,\n\n"
        f"Please find attached the condition report for {object_title}.\n"
        "The report is also available in the client portal.\n\n"
        "Kind regards,\nThe conservation team"
    )
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=pdf.name)
    return msg


def send_report(to: str, object_title: str, accession_no: str, pdf: Path) -> None:
    msg = build_message(to, object_title, accession_no, pdf)
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=mail_context(), timeout=30) as smtp:
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
    log.info("sent condition report %s to %s", pdf.name, to)
