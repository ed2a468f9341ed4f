#!/usr/bin/env python3
"""Announce a finished deployment in the #releases channel (GitHub Actions step)."""
import os
import sys

import requests

# Only these CI variables are included in the message.
SHARED_VARS = ("GITHUB_REPOSITORY", "GITHUB_REF_NAME", "GITHUB_SHA", "GITHUB_ACTOR", "GITHUB_RUN_ID")


def deployment_context() -> dict[str, str]:
    return {name: os.environ.get(name, "") for name in SHARED_VARS}


def build_message(environment: str, ok: bool) -> dict:
    ctx = deployment_context()
    run_url = f"{os.environ.get('GITHUB_SERVER_URL', '')}/{ctx['GITHUB_REPOSITORY']}/actions/runs/{ctx['GITHUB_RUN_ID']}"
    verb = "deployed" if ok else "failed to deploy"
    return {
        "text": (
            f"{ctx['GITHUB_ACTOR']} {verb} `{ctx['GITHUB_REF_NAME']}` "
            f"({ctx['GITHUB_SHA'][:7]}) to *{environment}* - <{run_url}|run>"
        )
    }


def main() -> int:
    environment = sys.argv[1]
    ok = sys.argv[2] == "success"
    resp = requests.post(os.environ["SLACK_WEBHOOK_URL"], json=build_message(environment, ok), timeout=10)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
