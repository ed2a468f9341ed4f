"""Emails a diagnostics bundle to the booking platform vendor's support desk.

Run by the office manager with `wherryman support-bundle` when the
vendor asks for details of a failing installation.
"""
import os
import platform
import smtplib
from email.message import EmailMessage

import click

from wherryman.settings import settings

DIAGNOSTIC_VARS = (
    "WHERRY_RELEASE",
    "WHERRY_DB_HOST",
    "WHERRY_DB_USER",
    "WHERRY_DB_PASSWORD",
    "HARBOUR_API_URL",
    "HARBOUR_API_TOKEN",
)


def collect_environment() -> str:
    lines = []
    for name in DIAGNOSTIC_VARS:
        lines.append(f"{name}={os.environ.get(name, '<unset>')}")
    return "\n".join(lines)


def build_message(ticket_no: str, note: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[{ticket_no}] Wherryman diagnostics from {platform.node()}"
    msg["From"] = settings.OFFICE_MAIL_FROM
    msg["To"] = settings.VENDOR_SUPPORT_EMAIL
    msg.set_content(
        f"{note}\n\nPlatform: {platform.platform()}\nPython: {platform.python_version()}\n\n"
        f"Environment:\n{collect_environment()}\n"
    )
    return msg


@click.command("support-bundle")
@click.argument("ticket_no")
@click.option("--note", default="", help="Free text for the vendor.")
def support_bundle(ticket_no: str, note: str) -> None:
    msg = build_message(ticket_no, note)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)
    click.echo(f"diagnostics sent to {settings.VENDOR_SUPPORT_EMAIL}")
