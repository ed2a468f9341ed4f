"""Posts a release note to the team chat after the booking site is deployed."""
import argparse
import os
import socket
from datetime import datetime, timezone

import requests

RELEASE_ENV_KEYS = ("APP_VERSION", "GIT_COMMIT", "DEPLOY_ENV", "RELEASE_CHANNEL")


def release_metadata() -> dict:
    meta = {key.lower(): os.environ.get(key, "unknown") for key in RELEASE_ENV_KEYS}
    meta["host"] = socket.gethostname()
    meta["deployed_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return meta


def chat_message(meta: dict, changes: list[str]) -> dict:
    lines = [
        f"*Booking site {meta['app_version']}* deployed to {meta['deploy_env']} "
        f"({meta['git_commit'][:8]}) on {meta['host']} at {meta['deployed_at']}",
    ]
    lines += [f"• {change}" for change in changes]
    return {"text": "\n".join(lines), "metadata": meta}


def notify(webhook_url: str, meta: dict, changes: list[str]) -> None:
    resp = requests.post(webhook_url, json=chat_message(meta, changes), timeout=10)
    resp.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description="Announce a booking site deployment")
    parser.add_argument("--change", action="append", default=[], help="changelog line")
    args = parser.parse_args()
    webhook_url = os.environ.get("DEPLOY_CHAT_WEBHOOK")
    if not webhook_url:
        print("DEPLOY_CHAT_WEBHOOK not set, skipping notification")
        return
    notify(webhook_url, release_metadata(), args.change)


if __name__ == "__main__":
    main()
