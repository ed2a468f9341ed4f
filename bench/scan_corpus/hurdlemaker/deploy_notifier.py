"""Posts a message to the workshop's chat channel after a web shop deploy.

The incoming-webhook URL is read from the environment; the message itself
carries only the release details.
"""
from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
from datetime import datetime, timezone

import requests


def release_details() -> dict:
    return {
        "version": os.environ.get("APP_VERSION", "unknown"),
        "commit": os.environ.get("GIT_COMMIT", "")[:10],
        "host": socket.gethostname(),
        "deployed_by": getpass.getuser(),
        "at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def build_message(details: dict, environment: str) -> dict:
    text = (
        f":evergreen_tree: Web shop *{details['version']}* ({details['commit']}) "
        f"deployed to *{environment}* on {details['host']} by {details['deployed_by']} at {details['at']}"
    )
    return {"text": text}


def notify(webhook_url: str, message: dict) -> None:
    resp = requests.post(webhook_url, json=message, timeout=10)
    resp.raise_for_status()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("environment", choices=["staging", "production"])
    args = parser.parse_args(argv)

    webhook_url = os.environ.get("DEPLOY_WEBHOOK_URL")
    if not webhook_url:
        print("DEPLOY_WEBHOOK_URL not set; skipping deploy notification", file=sys.stderr)
        return 0
    message = build_message(release_details(), args.environment)
    try:
        notify(webhook_url, message)
    except requests.RequestException as err:
        print(f"deploy notification failed: {type(err).__name__}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
