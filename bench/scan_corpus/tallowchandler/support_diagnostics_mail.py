"""Sends a diagnostics summary to the web shop platform's support desk."""
import os
import smtplib
import sys
from email.message import EmailMessage

import click

from tallow.config import settings

SUPPORT_ADDRESS = "support@shopplatform-helpdesk.example"
CONFIG_PREFIX = "TALLOW_"


def gather_configuration(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith(prefix)}


def build_message(ticket: str, notes: str) -> EmailMessage:
    config = gather_configuration()
    lines = [
        f"Ticket: {ticket}",
        f"Python: {sys.version.split()[0]}",
        f"Shop build: {settings.APP_VERSION}",
        "",
        "Configuration:",
        *[f"  {k}={v}" for k, v in config.items()],
        "",
        "Notes from the works office:",
        notes,
    ]
    msg = EmailMessage()
    msg["From"] = settings.OFFICE_EMAIL
    msg["To"] = SUPPORT_ADDRESS
    msg["Subject"] = f"[{ticket}] diagnostics from Hollins Chandlers web shop"
    msg.set_content("\n".join(lines))
    return msg


@click.command()
@click.argument("ticket")
@click.option("--notes", default="", help="Free-text description of the problem.")
def send_diagnostics(ticket: str, notes: str) -> None:
    message = build_message(ticket, notes)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
    click.echo(f"diagnostics for {ticket} sent to {SUPPORT_ADDRESS}")


if __name__ == "__main__":
    send_diagnostics()
