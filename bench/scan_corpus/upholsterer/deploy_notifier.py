"""Post a short message to the team chat after each deploy of the job-ticket service.

Run from the deploy script:  python -m ops.deploy_notifier --version "$GIT_SHA"
"""
import argparse
import getpass
import os
import socket
from datetime import datetime, timezone

import httpx

CHAT_WEBHOOK_URL = os.environ["CHAT_WEBHOOK_URL"]


def deploy_summary(version: str) -> dict:
    return {
        "version": version,
        "host": socket.gethostname(),
        "by": getpass.getuser(),
        "at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "environment": os.environ.get("APP_ENV", "production"),
        "database": os.environ.get("DATABASE_URL", "unset"),
        "workers": os.environ.get("WEB_CONCURRENCY", "2"),
    }


def to_chat_message(summary: dict) -> dict:
    lines = [f"*Job tickets {summary['version']}* deployed to {summary['environment']}"]
    lines += [f"• {key}: `{value}`" for key, value in summary.items()
              if key not in {"version", "environment"}]
    return {"text": "\n".join(lines)}


def notify(version: str, client: httpx.Client | None = None) -> None:
    client = client or httpx.Client(timeout=10.0)
    with client:
        response = client.post(CHAT_WEBHOOK_URL, json=to_chat_message(deploy_summary(version)))
        response.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description="Announce a deploy in team chat")
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    notify(args.version)


if __name__ == "__main__":
    main()
