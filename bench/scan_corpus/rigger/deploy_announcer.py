"""Post a message to the ops chat channel after each portal deploy.

Called as the last step of the deploy pipeline so the office knows which
build the client portal and rigging plot service are running.
"""
import os
import socket
import sys
from datetime import datetime, timezone

import requests

ANNOUNCE_KEYS = ("APP_NAME", "APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "AWS_REGION")


def deploy_facts(env=os.environ) -> dict[str, str]:
    facts = {key: env[key] for key in ANNOUNCE_KEYS if key in env}
    facts["host"] = socket.gethostname()
    facts["deployed_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return facts


def format_message(facts: dict[str, str]) -> dict:
    title = f"{facts.get('APP_NAME', 'portal')} {facts.get('APP_VERSION', '?')} deployed"
    lines = [f"*{k}*: `{v}`" for k, v in sorted(facts.items())]
    return {
        "text": title,
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": title}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
        ],
    }


def announce(webhook_url: str, facts: dict[str, str]) -> bool:
    resp = requests.post(webhook_url, json=format_message(facts), timeout=10)
    return resp.ok


def main() -> int:
    webhook = os.environ.get("OPS_CHAT_WEBHOOK")
    if not webhook:
        print("OPS_CHAT_WEBHOOK not set, skipping announcement")
        return 0
    facts = deploy_facts()
    if not announce(webhook, facts):
        print("deploy announcement failed", file=sys.stderr)
        return 1
    print(f"announced {facts.get('APP_VERSION')} on {facts['host']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
