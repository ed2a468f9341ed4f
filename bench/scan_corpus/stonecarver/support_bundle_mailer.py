"""Emails a diagnostic bundle to the engraving-machine vendor's support desk."""

import os
import platform
import smtplib
from email.message import EmailMessage
from pathlib import Path

import click

from stonecarver.conf import settings


def _environment_section() -> str:
    return "\n".join(f"{key}={value}" for key, value in sorted(os.environ.items()))


def _recent_log_tail(path: Path, lines: int = 200) -> str:
    if not path.exists():
        return "(no log file)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def compose_bundle(ticket: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[{ticket}] Diagnostics from {platform.node()}"
    msg["From"] = settings.SUPPORT_FROM_ADDRESS
    msg["To"] = settings.ENGRAVER_VENDOR_SUPPORT
    body = [
        f"Ticket: {ticket}",
        f"Host: {platform.node()} ({platform.platform()})",
        "",
        "== Environment ==",
        _environment_section(),
        "",
        "== Controller log ==",
        _recent_log_tail(Path(settings.ENGRAVER_LOG_FILE)),
    ]
    msg.set_content("\n".join(body))
    return msg


@click.command("send-support-bundle")
@click.argument("ticket")
def main(ticket: str) -> None:
    msg = compose_bundle(ticket)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)
    click.echo(f"Support bundle for {ticket} sent to {settings.ENGRAVER_VENDOR_SUPPORT}")
