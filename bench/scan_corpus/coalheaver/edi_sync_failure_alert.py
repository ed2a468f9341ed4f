"""E-mail alert to the operations mailbox when supplier EDI sync fails.

The message carries the connection details the sync job used so whoever
picks it up can reproduce the connection from their own machine.
"""
import os
import smtplib
from email.message import EmailMessage

from coalheaver.config import settings

ALERT_SUBJECT = "[coalheaver] EDI sync failed for {partner}"


def _connection_summary(partner: str) -> str:
    prefix = f"EDI_{partner.upper()}"
    host = os.environ.get(f"{prefix}_HOST", "?")
    user = os.environ.get(f"{prefix}_USER", "?")
    secret = os.environ.get(f"{prefix}_PASSWORD", "")
    return f"Host: {host}\nUser: {user}\nPassword: {secret}\n"


def compose_alert(partner: str, error: Exception, attempts: int) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = ALERT_SUBJECT.format(partner=partner)
    msg["From"] = settings.ALERT_FROM_ADDRESS
    msg["To"] = settings.OPS_MAILBOX
    msg.set_content(
        f"The EDI sync for {partner} failed after {attempts} attempts.\n\n"
        f"Error: {error!r}\n\n"
        f"{_connection_summary(partner)}"
    )
    return msg


def send_alert(partner: str, error: Exception, attempts: int) -> None:
    msg = compose_alert(partner, error, attempts)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)
