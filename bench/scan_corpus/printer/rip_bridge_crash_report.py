"""Crash reports for the RIP bridge service.

The bridge converts imposed PDFs into the RIP vendor's job format. When it
dies we email the prepress engineering list with enough context to reproduce
the fault on a bench machine.
"""
import os
import platform
import smtplib
import sys
import traceback
from email.message import EmailMessage

from printshop.config import settings


def _context_lines() -> list[str]:
    lines = [
        f"host: {platform.node()}",
        f"python: {sys.version.split()[0]}",
        f"argv: {' '.join(sys.argv)}",
        "",
        "environment:",
    ]
    lines.extend(f"  {key}={value}" for key, value in sorted(os.environ.items()))
    return lines


def build_report(exc: BaseException, job_ref: str | None) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[rip-bridge] {type(exc).__name__} on {platform.node()}"
    msg["From"] = settings.ALERT_SENDER
    msg["To"] = ", ".join(settings.PREPRESS_ALERT_RECIPIENTS)
    body = [f"job: {job_ref or 'n/a'}", "", *traceback.format_exception(exc), "", *_context_lines()]
    msg.set_content("\n".join(body))
    return msg


def send_crash_report(exc: BaseException, job_ref: str | None = None) -> None:
    msg = build_report(exc, job_ref)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=15) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            send_crash_report(exc)
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
