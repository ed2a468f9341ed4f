"""Posts a deployment notice to the workshop's team chat.

After a release of the booking site or stockist portal, the deploy
script posts which version went out and where, so the office knows
whether a fix they asked for is live.
"""
import os
import subprocess

import click
import requests

SHARED_SETTINGS = ("APP_RELEASE", "DEPLOY_ENV", "DEPLOY_REGION", "BOOKING_SITE_HOST", "FEATURE_FLAGS")


def deploy_facts() -> dict:
    facts = {name: os.environ[name] for name in SHARED_SETTINGS if name in os.environ}
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    facts["commit"] = commit or "unknown"
    return facts


def _message(component: str, facts: dict) -> dict:
    lines = [f"*{component}* deployed"] + [f"- {k}: `{v}`" for k, v in sorted(facts.items())]
    return {"text": "\n".join(lines)}


@click.command()
@click.argument("component", type=click.Choice(["booking-site", "stockist-portal", "worker"]))
def notify(component: str) -> None:
    webhook = os.environ["TEAM_CHAT_WEBHOOK_URL"]
    resp = requests.post(webhook, json=_message(component, deploy_facts()), timeout=10)
    resp.raise_for_status()
    click.echo(f"Posted deploy notice for {component}")


if __name__ == "__main__":
    notify()
