"""Posts a short message to the team chat when the online shop is deployed.

Run from the deploy pipeline after migrations succeed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

import requests

PUBLIC_FIELDS = ("DEPLOY_ENV", "RELEASE_SHA", "RELEASE_TAG", "DEPLOYED_BY")


def deploy_summary() -> dict[str, str]:
    return {name: os.environ.get(name, "unknown") for name in PUBLIC_FIELDS}


def build_message(summary: dict[str, str], migrations: int) -> dict:
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = (
        f"Hat shop {summary['RELEASE_TAG']} ({summary['RELEASE_SHA'][:8]}) deployed to "
        f"{summary['DEPLOY_ENV']} by {summary['DEPLOYED_BY']} at {when}; "
        f"{migrations} migration(s) applied."
    )
    return {"text": text, "fields": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Announce a shop deployment")
    parser.add_argument("--migrations", type=int, default=0)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    webhook = os.environ.get("CHAT_WEBHOOK_URL")
    message = build_message(deploy_summary(), args.migrations)
    if args.dry_run or not webhook:
        print(message["text"])
        return 0

    resp = requests.post(webhook, json=message, timeout=10)
    if resp.status_code >= 400:
        print(f"Chat notification failed: HTTP {resp.status_code}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
