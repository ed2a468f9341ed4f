"""Announces a finished deployment of the booking site in the team channel.

Called at the end of the release pipeline so the ticket office knows a
new version is live before the first sailing.
"""
import os
import socket
from datetime import datetime, timezone

import requests


def release_summary() -> dict:
    return {
        "version": os.environ.get("WHERRY_RELEASE", "unknown"),
        "commit": os.environ.get("GIT_COMMIT", "")[:12],
        "environment": os.environ.get("DEPLOY_ENV", "production"),
        "host": socket.gethostname(),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def format_message(summary: dict) -> str:
    return (
        f":ferry: Wherryman {summary['version']} ({summary['commit']}) is live on "
        f"{summary['environment']} [{summary['host']}] at {summary['finished_at']}"
    )


def notify_channel(summary: dict | None = None) -> None:
    summary = summary or release_summary()
    webhook = os.environ.get("TEAM_CHAT_WEBHOOK")
    if not webhook:
        return
    resp = requests.post(webhook, json={"text": format_message(summary)}, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    notify_channel()
