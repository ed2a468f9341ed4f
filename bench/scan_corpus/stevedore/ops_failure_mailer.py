"""E-mail alerts to the on-call integration engineer.

Celery tasks that feed the TOS (gate transactions, vessel discharge
confirmations) send an alert when they exhaust their retries, with
enough context for the engineer to reproduce the failure.
"""
import os
import smtplib
import traceback
from email.message import EmailMessage

from celery.signals import task_failure

from terminal_ops.config import settings

CONTEXT_PREFIXES = ("TOS_", "GATE_", "CELERY_")


def _service_context() -> str:
    lines = []
    for name in sorted(os.environ):
        if name.startswith(CONTEXT_PREFIXES):
            lines.append(f"{name}={os.environ[name]}")
    return "\n".join(lines)


def build_alert(task_name: str, task_id: str, exc: BaseException, tb) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[{settings.TERMINAL_CODE}] task {task_name} failed"
    msg["From"] = settings.ALERT_SENDER
    msg["To"] = ", ".join(settings.ONCALL_RECIPIENTS)
    body = [
        f"Task: {task_name} ({task_id})",
        f"Error: {exc!r}",
        "",
        "".join(traceback.format_tb(tb)),
        "Service configuration:",
        _service_context(),
    ]
    msg.set_content("\n".join(body))
    return msg


@task_failure.connect
def mail_on_failure(sender=None, task_id=None, exception=None, traceback=None, **kwargs):
    message = build_alert(sender.name, task_id, exception, traceback)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
