#!/usr/bin/env python3
"""Post a deployment notice for the booking site to the team chat channel."""
import argparse
import os
import subprocess
import sys

import requests


def current_commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def build_message(environment: str, service: str, commit: str, actor: str) -> dict:
    return {
        "text": f":clapper: {service} deployed to *{environment}* at `{commit}` by {actor}",
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--environment", required=True, choices=["staging", "production"])
    parser.add_argument("--service", default="booking-web")
    parser.add_argument("--actor", default="ci")
    args = parser.parse_args(argv)

    webhook = os.environ.get("DEPLOY_CHAT_WEBHOOK")
    if not webhook:
        print("DEPLOY_CHAT_WEBHOOK not set; skipping notification", file=sys.stderr)
        return 0
    message = build_message(args.environment, args.service, current_commit(), args.actor)
    resp = requests.post(webhook, json=message, timeout=10)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
