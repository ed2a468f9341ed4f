"""Email a diagnostics summary to the studio's IT contractor.

The office manager runs this when the quoting system misbehaves; the
contractor gets the service status and configuration in one message.
"""
import os
import shutil
import smtplib
import socket
from email.message import EmailMessage

import click

from signwriter.config import settings

CONFIG_PREFIXES = ("SIGNWRITER_", "AWS_", "DATABASE_", "SMTP_")


def service_status() -> dict:
    usage = shutil.disk_usage(settings.PROOF_ROOT)
    return {
        "host": socket.gethostname(),
        "proof_disk_free_gb": round(usage.free / 1e9, 1),
        "queue_backend": settings.CELERY_BROKER_URL.split("://", 1)[0],
    }


def configuration_snapshot() -> dict:
    return {key: value for key, value in sorted(os.environ.items()) if key.startswith(CONFIG_PREFIXES)}


def compose(note: str) -> EmailMessage:
    lines = [f"Note from office: {note}", "", "Status:"]
    lines += [f"  {k}: {v}" for k, v in service_status().items()]
    lines += ["", "Configuration:"]
    for key, value in configuration_snapshot().items():
        lines.append(f"  {key}={value}")
    msg = EmailMessage()
    msg["From"] = settings.STUDIO_FROM_ADDRESS
    msg["To"] = settings.IT_SUPPORT_ADDRESS
    msg["Subject"] = f"Signwriter diagnostics from {socket.gethostname()}"
    msg.set_content("\n".join(lines))
    return msg


@click.command()
@click.option("--note", prompt="Describe the problem")
def send_diagnostics(note: str) -> None:
    message = compose(note)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USERNAME, settings.SMTP_PASSWORD)
        smtp.send_message(message)
    click.echo(f"Diagnostics sent to {settings.IT_SUPPORT_ADDRESS}")


if __name__ == "__main__":
    send_diagnostics()
