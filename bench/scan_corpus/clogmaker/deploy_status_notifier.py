"""Posts a short deploy notice to the workshop team chat after each web shop release."""

import os
import socket
from datetime import datetime, timezone

import click
import requests

PUBLIC_BUILD_VARS = ("APP_VERSION", "GIT_COMMIT", "DEPLOY_ENV", "RELEASE_CHANNEL")


def build_summary() -> dict:
    fields = {name: os.environ.get(name, "unknown") for name in PUBLIC_BUILD_VARS}
    fields["host"] = socket.gethostname()
    fields["deployed_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return fields


def format_message(summary: dict) -> str:
    return (
        f"Web shop {summary['APP_VERSION']} ({summary['GIT_COMMIT'][:8]}) deployed to "
        f"{summary['DEPLOY_ENV']} on {summary['host']} at {summary['deployed_at']}"
    )


def post_to_chat(webhook_url: str, text: str) -> None:
    response = requests.post(webhook_url, json={"text": text}, timeout=10)
    response.raise_for_status()


@click.command()
@click.option("--dry-run", is_flag=True, help="Print the message instead of posting it.")
def main(dry_run: bool) -> None:
    message = format_message(build_summary())
    if dry_run:
        click.echo(message)
        return
    webhook_url = os.environ.get("TEAM_CHAT_WEBHOOK_URL")
    if not webhook_url:
        raise click.ClickException("TEAM_CHAT_WEBHOOK_URL is not set")
    post_to_chat(webhook_url, message)


if __name__ == "__main__":
    main()
