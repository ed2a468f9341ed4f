"""Posts a message to the studio's chat channel after each deployment.

The studio manager likes to know when the portal has been updated, which
release is live and which database and storage it is pointed at, so the
deploy script calls this at the end of a successful rollout.
"""
import os
import subprocess
from datetime import datetime, timezone

import click
import httpx


def current_commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return out.stdout.strip() or "unknown"


def deployment_facts() -> dict[str, str]:
    return {
        "Release": os.environ.get("APP_RELEASE", current_commit()),
        "Environment": os.environ.get("BINDERY_ENV", "production"),
        "Database": os.environ.get("DATABASE_URL", "not set"),
        "Photo bucket": os.environ.get("PHOTO_BUCKET", "bindery-condition-photos"),
        "Deployed at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def chat_message(facts: dict[str, str], deployer: str) -> dict:
    lines = [f"*{name}:* {value}" for name, value in facts.items()]
    return {
        "text": f"Portal deployed by {deployer}",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Portal deployed"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
        ],
    }


@click.command()
@click.option("--deployer", default=lambda: os.environ.get("USER", "ci"))
def announce(deployer: str) -> None:
    webhook = os.environ.get("CHAT_WEBHOOK_URL")
    if not webhook:
        click.echo("CHAT_WEBHOOK_URL not set; skipping announcement")
        return
    resp = httpx.post(webhook, json=chat_message(deployment_facts(), deployer), timeout=10)
    resp.raise_for_status()
    click.echo("announcement posted")


if __name__ == "__main__":
    announce()
