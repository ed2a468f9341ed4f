"""Nightly operations digest mailed to the workshop IT contractor.

Summarises queue depth, disk usage of the drawings store and the running
configuration so the contractor can spot problems before the shift starts.
"""
import os
import shutil
import smtplib
from email.message import EmailMessage

import click

from coppersmith.queues import pending_jobs
from coppersmith.settings import DRAWINGS_ROOT

CONFIG_PREFIX = "COPPERSMITH_"


def running_config(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    return {key: value for key, value in sorted(os.environ.items()) if key.startswith(prefix)}


def digest_body() -> str:
    usage = shutil.disk_usage(DRAWINGS_ROOT)
    lines = [
        f"Pending jobs: {pending_jobs()}",
        f"Drawings store: {usage.used / 2**30:.1f} GiB used of {usage.total / 2**30:.1f} GiB",
        "",
        "Running configuration:",
    ]
    lines.extend(f"  {key}={value}" for key, value in running_config().items())
    return "\n".join(lines)


@click.command()
@click.option("--to", "recipient", envvar="OPS_DIGEST_TO", required=True)
@click.option("--relay", envvar="OPS_SMTP_RELAY", default="localhost")
def send_digest(recipient: str, relay: str) -> None:
    msg = EmailMessage()
    msg["From"] = "workshop-ops@coppersmith.local"
    msg["To"] = recipient
    msg["Subject"] = "Coppersmith nightly digest"
    msg.set_content(digest_body())
    with smtplib.SMTP(relay, 25, timeout=30) as smtp:
        smtp.send_message(msg)
    click.echo(f"digest sent to {recipient}")


if __name__ == "__main__":
    send_digest()
