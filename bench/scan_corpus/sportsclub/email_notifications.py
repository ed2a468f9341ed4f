"""Transactional e-mail (membership renewals, fixture changes) via the club's mail relay."""
import os
import smtplib
import ssl
from email.message import EmailMessage
from functools import lru_cache

import boto3
from celery import Celery

celery_app = Celery("notifications", broker=os.environ["CELERY_BROKER_URL"])

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASSWORD_SECRET_ID = "sportsclub/prod/smtp-password"
FROM_ADDRESS = os.environ["MAIL_FROM"]


@lru_cache(maxsize=1)
def smtp_password() -> str:
    client = boto3.client("secretsmanager")
    return client.get_secret_value(SecretId=SMTP_PASSWORD_SECRET_ID)["SecretString"]


def _send(message: EmailMessage) -> None:
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(SMTP_USER, smtp_password())
        smtp.send_message(message)


def _message(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = FROM_ADDRESS
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


@celery_app.task(autoretry_for=(smtplib.SMTPException, OSError), retry_backoff=True, max_retries=5)
def send_renewal_reminder(email: str, first_name: str, renewal_url: str, due: str) -> None:
    _send(
        _message(
            email,
            "Your club membership is due for renewal",
            f"Hi {first_name},\n\nYour membership renews on {due}. You can pay online here:\n"
            f"{renewal_url}\n\nSee you at training!",
        )
    )


@celery_app.task(autoretry_for=(smtplib.SMTPException, OSError), retry_backoff=True, max_retries=5)
def send_fixture_change(email: str, team: str, old_kickoff: str, new_kickoff: str, venue: str) -> None:
    _send(
        _message(
            email,
            f"Fixture change: {team}",
            f"The {team} fixture originally at {old_kickoff} now kicks off at {new_kickoff} ({venue}).",
        )
    )
