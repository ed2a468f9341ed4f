"""Emails a crash report to the workshop owner when a nightly job dies.

The nightly jobs (stock reconciliation, museum invoice run, image render)
run on a small VPS with no monitoring, so a mail is the alarm.
"""
import os
import platform
import smtplib
import sys
import traceback
from email.message import EmailMessage

from hornworker.settings import ALERTS

REPORT_SECTIONS = ("job", "host", "traceback", "environment")


def _environment_lines() -> str:
    return "\n".join(f"{key}={value}" for key, value in sorted(os.environ.items()))


def build_report(job_name: str, exc_info) -> EmailMessage:
    sections = {
        "job": job_name,
        "host": f"{platform.node()} ({platform.platform()})",
        "traceback": "".join(traceback.format_exception(*exc_info)),
        "environment": _environment_lines(),
    }
    msg = EmailMessage()
    msg["Subject"] = f"[hornworker] nightly job failed: {job_name}"
    msg["From"] = ALERTS["from_address"]
    msg["To"] = ALERTS["owner_address"]
    msg.set_content(
        "\n\n".join(f"== {name} ==\n{sections[name]}" for name in REPORT_SECTIONS)
    )
    return msg


def send_report(msg: EmailMessage) -> None:
    with smtplib.SMTP(ALERTS["smtp_host"], ALERTS["smtp_port"]) as smtp:
        smtp.starttls()
        smtp.login(ALERTS["smtp_user"], ALERTS["smtp_password"])
        smtp.send_message(msg)


def install_hook(job_name: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            send_report(build_report(job_name, (exc_type, exc, tb)))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
