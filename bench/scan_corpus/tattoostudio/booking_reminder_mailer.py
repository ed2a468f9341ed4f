"""Email reminders for upcoming consultations, sent over authenticated SMTP."""
import os
import smtplib
import ssl
from email.message import EmailMessage

import keyring

MAIL = {
    "host": os.environ.get("SMTP_HOST", "smtp.sendinblue.com"),
    "port": int(os.environ.get("SMTP_PORT", "587")),
    "user": os.environ.get("SMTP_USER", "bookings@inkhouse.studio"),
    "password_service": "inkhouse-smtp",
    "from": "Inkhouse Bookings <bookings@inkhouse.studio>",
}


def _smtp_password() -> str:
    password = keyring.get_password(MAIL["password_service"], MAIL["user"])
    if password is None:
        password = os.environ["SMTP_PASSWORD"]
    return password


def reminder(to_addr: str, name: str, artist: str, when: str, studio: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = MAIL["from"]
    msg["To"] = to_addr
    msg["Subject"] = f"Reminder: consultation with {artist}"
    msg.set_content(
        f"Hi {name},\n\nJust a reminder that your consultation with {artist} at our "
        f"{studio} studio is on {when}. Bring any reference images you'd like to discuss.\n"
    )
    return msg


def send_reminders(batch: list[dict]) -> int:
    context = ssl.create_default_context()
    sent = 0
    with smtplib.SMTP(MAIL["host"], MAIL["port"], timeout=20) as smtp:
        smtp.starttls(context=context)
        smtp.login(MAIL["user"], _smtp_password())
        for row in batch:
            smtp.send_message(reminder(**row))
            sent += 1
    return sent
