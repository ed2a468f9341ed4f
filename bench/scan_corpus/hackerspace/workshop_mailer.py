"""Send confirmation and reminder emails for workshop sign-ups."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

logger = logging.getLogger(__name__)

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
FROM_ADDR = os.environ.get("WORKSHOP_FROM", SMTP_USER)


def _compose(to_addr: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = FROM_ADDR
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send_mail(to_addr: str, subject: str, body: str) -> None:
    msg = _compose(to_addr, subject, body)
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
        smtp.starttls(context=context)
        logger.debug("smtp login %s:%s user=%s password=%s", SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD)
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(msg)
    logger.info("sent '%s' to %s", subject, to_addr)


def send_confirmation(signup) -> None:
    body = (
        f"Hi {signup.name},\n\n"
        f"You're booked onto {signup.workshop_title} on {signup.starts_at:%A %d %B at %H:%M}.\n"
        "Please bring closed-toe shoes; safety glasses are provided.\n"
    )
    send_mail(signup.email, f"Booked: {signup.workshop_title}", body)


def send_reminder(signup) -> None:
    body = f"Reminder: {signup.workshop_title} starts tomorrow at {signup.starts_at:%H:%M}.\n"
    send_mail(signup.email, f"Tomorrow: {signup.workshop_title}", body)
