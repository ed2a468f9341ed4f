#!/usr/bin/env python3
"""CI step: tell the #web-deploys channel that a donor portal build finished."""
import os
import sys

import requests


def build_summary(status: str) -> dict:
    sha = os.environ.get("GITHUB_SHA", "")[:10]
    run_id = os.environ.get("GITHUB_RUN_ID", "?")
    repo = os.environ.get("GITHUB_REPOSITORY", "aquarium/donor-portal")
    ref = os.environ.get("GITHUB_REF_NAME", "unknown")
    run_url = f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{repo}/actions/runs/{run_id}"
    icon = ":white_check_mark:" if status == "success" else ":x:"
    return {
        "text": f"{icon} {repo}@{ref} ({sha}) build {status}",
        "blocks": [
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"{icon} *{repo}* `{ref}` `{sha}` - <{run_url}|run {run_id}>"},
            }
        ],
    }


def main() -> int:
    status = sys.argv[1] if len(sys.argv) > 1 else "success"
    webhook = os.environ.get("SLACK_DEPLOYS_WEBHOOK")
    if not webhook:
        print("SLACK_DEPLOYS_WEBHOOK not set; skipping notification")
        return 0
    resp = requests.post(webhook, json=build_summary(status), timeout=10)
    if resp.status_code != 200:
        print(f"Slack returned HTTP {resp.status_code}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
