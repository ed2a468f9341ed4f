"""Deployment notices for the ops channel.

After each release of the survey and agreements platform the pipeline
posts a short summary to the team chat so project officers know when new
features are live and which build they are on.
"""

import os
import sys

import requests

SHARED_SETTINGS = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "AWS_REGION", "CELERY_CONCURRENCY")


def deploy_summary() -> dict[str, str]:
    return {name: os.environ.get(name, "unset") for name in SHARED_SETTINGS}


def build_message(summary: dict[str, str], changes: list[str]) -> dict:
    fields = [{"type": "mrkdwn", "text": f"*{name}*\n{value}"} for name, value in summary.items()]
    change_text = "\n".join(f"- {line}" for line in changes[:15]) or "- maintenance release"
    return {
        "text": f"Peatcutter {summary['APP_VERSION']} deployed to {summary['DEPLOY_ENV']}",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Peatcutter deployed"}},
            {"type": "section", "fields": fields},
            {"type": "section", "text": {"type": "mrkdwn", "text": change_text}},
        ],
    }


def notify(changes: list[str]) -> None:
    webhook_url = os.environ["SLACK_DEPLOY_WEBHOOK_URL"]
    message = build_message(deploy_summary(), changes)
    resp = requests.post(webhook_url, json=message, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    notify([line.strip() for line in sys.stdin if line.strip()])
