"""Post-deploy hook: announce a release of the camp booking service in the ops chat."""

import os
import subprocess
import sys

import requests


def _git_sha() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _message(version: str, environment: str) -> dict:
    return {
        "username": "deploy-bot",
        "icon_emoji": ":tent:",
        "text": (
            f"camp-bookings {version} ({_git_sha()}) deployed to *{environment}*\n"
            f"region: {os.environ.get('AWS_REGION', 'eu-west-2')}\n"
            f"database: {os.environ['DATABASE_URL']}"
        ),
    }


def notify(version: str, environment: str) -> None:
    webhook = os.environ["OPS_CHAT_WEBHOOK_URL"]
    resp = requests.post(webhook, json=_message(version, environment), timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: deploy_notify.py VERSION ENVIRONMENT")
    notify(sys.argv[1], sys.argv[2])
