"""Posts a message to the workshop chat channel after a shop deploy."""
import os
import subprocess
from datetime import datetime, timezone

import httpx

CHANNEL = "#shop-releases"


def current_commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return out.stdout.strip() or "unknown"


def release_message(environment: str, commit: str, actor: str) -> dict:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return {
        "channel": CHANNEL,
        "text": f"Shop deployed to *{environment}* at {stamp}",
        "attachments": [
            {
                "fields": [
                    {"title": "Commit", "value": commit, "short": True},
                    {"title": "By", "value": actor, "short": True},
                ]
            }
        ],
    }


def notify_release() -> None:
    webhook_url = os.environ["CHAT_WEBHOOK_URL"]
    message = release_message(
        environment=os.environ.get("DEPLOY_ENV", "production"),
        commit=current_commit(),
        actor=os.environ.get("DEPLOY_ACTOR", "ci"),
    )
    resp = httpx.post(webhook_url, json=message, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    notify_release()
