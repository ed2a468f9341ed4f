"""Nightly operations digest emailed to the production and IT leads."""
import os
import smtplib
from datetime import date
from email.message import EmailMessage

from cordmaker.reports import batches_braided, pulls_failed, invoices_overdue
from cordmaker.settings import DIGEST_RECIPIENTS, SMTP_HOST

CONTEXT_KEYS = ("DEPLOY_ENV", "APP_VERSION", "DATABASE_URL", "CELERY_BROKER_URL")


def environment_section() -> str:
    lines = [f"{key}: {os.environ.get(key, '-')}" for key in CONTEXT_KEYS]
    return "\n".join(lines)


def compose(day: date) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Cordmaker ops digest {day.isoformat()}"
    msg["From"] = "ops-digest@cordmaker.example"
    msg["To"] = ", ".join(DIGEST_RECIPIENTS)
    body = [
        f"Batches braided: {batches_braided(day)}",
        f"Pull tests below spec: {pulls_failed(day)}",
        f"Invoices overdue: {invoices_overdue(day)}",
        "",
        "Runtime context",
        environment_section(),
    ]
    msg.set_content("\n".join(body))
    return msg


def send_digest(day: date = None) -> None:
    message = compose(day or date.today())
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(message)
