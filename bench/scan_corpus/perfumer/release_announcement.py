"""Announce new deployments of the perfume house web shop in the team chat channel."""
import os
import subprocess
from datetime import datetime, timezone

import click
import requests

from perfumer.config import settings

CHANGELOG_LINES = 8


def _release_facts() -> dict:
    return {
        "environment": os.environ.get("DEPLOY_ENV", "staging"),
        "commit": os.environ.get("GIT_SHA", "unknown")[:12],
        "image": os.environ.get("IMAGE_TAG", "latest"),
        "deployed_by": os.environ.get("DEPLOYER", os.environ.get("USER", "ci")),
    }


def _changelog(previous_sha: str | None) -> list[str]:
    if not previous_sha:
        return []
    out = subprocess.run(
        ["git", "log", "--oneline", f"{previous_sha}..HEAD", f"-{CHANGELOG_LINES}"],
        capture_output=True, text=True, check=False,
    )
    return out.stdout.splitlines()


def build_message(facts: dict, changes: list[str]) -> dict:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = (
        f"*Shop deployed to {facts['environment']}* at {when}\n"
        f"commit `{facts['commit']}` image `{facts['image']}` by {facts['deployed_by']}"
    )
    if changes:
        text += "\n" + "\n".join(f"• {line}" for line in changes)
    return {"text": text}


@click.command()
@click.option("--previous-sha", default=None)
def announce(previous_sha: str | None) -> None:
    message = build_message(_release_facts(), _changelog(previous_sha))
    response = requests.post(settings.CHAT_DEPLOY_WEBHOOK, json=message, timeout=10)
    response.raise_for_status()
    click.echo("announced")
