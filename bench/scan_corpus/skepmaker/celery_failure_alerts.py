"""Email alerts to the support inbox when background jobs (bookings, sensors, shop) fail."""
import os
import smtplib
import traceback
from email.message import EmailMessage

from celery.signals import task_failure

from skepmaker.config import settings

ALERT_RECIPIENTS = ["support@skepmaker.example", "ops-oncall@beehost.example"]
DIAGNOSTIC_VARS = ("DATABASE_URL", "BROKER_URL", "CELERY_QUEUE", "DEPLOY_ENV")


def collect_diagnostics() -> str:
    lines = []
    for name in DIAGNOSTIC_VARS:
        lines.append(f"{name}={os.environ.get(name, '<unset>')}")
    return "\n".join(lines)


def build_alert(task_name: str, task_id: str, exc: BaseException, tb) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"[skepmaker] task {task_name} failed"
    message["From"] = settings.ALERT_FROM_ADDRESS
    message["To"] = ", ".join(ALERT_RECIPIENTS)
    message.set_content(
        f"Task: {task_name}\nID: {task_id}\nError: {exc!r}\n\n"
        f"{''.join(traceback.format_tb(tb))}\n"
        f"Environment:\n{collect_diagnostics()}\n"
    )
    return message


@task_failure.connect
def on_task_failure(sender=None, task_id=None, exception=None, traceback=None, **kwargs):
    alert = build_alert(getattr(sender, "name", "unknown"), task_id, exception, traceback)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=15) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(alert)
