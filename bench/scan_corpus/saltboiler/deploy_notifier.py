"""Deployment notifications for the shop and trade portal releases.

The CI pipeline runs this after a deploy to tell the team which release went
out to which environment, with a link to the change log.
"""
import os
import sys

import httpx

from saltboiler.config import settings

RELEASE_VARS = ("CI_COMMIT_SHORT_SHA", "CI_COMMIT_REF_NAME", "CI_PIPELINE_URL", "DEPLOY_ENVIRONMENT")


def release_info() -> dict[str, str]:
    return {name: os.environ.get(name, "unknown") for name in RELEASE_VARS}


def build_message(info: dict[str, str], service: str) -> dict:
    return {
        "text": (
            f":salt: {service} `{info['CI_COMMIT_SHORT_SHA']}` "
            f"({info['CI_COMMIT_REF_NAME']}) deployed to *{info['DEPLOY_ENVIRONMENT']}*"
        ),
        "attachments": [
            {"title": "Pipeline", "title_link": info["CI_PIPELINE_URL"]},
            {"title": "Change log", "title_link": f"{settings.CHANGELOG_URL}#{info['CI_COMMIT_SHORT_SHA']}"},
        ],
    }


def notify(service: str) -> int:
    webhook = os.environ.get("DEPLOY_CHAT_WEBHOOK")
    if not webhook:
        print("no deploy webhook configured, skipping notification")
        return 0
    response = httpx.post(webhook, json=build_message(release_info(), service), timeout=10)
    if response.status_code >= 400:
        print(f"deploy notification failed with HTTP {response.status_code}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(notify(sys.argv[1] if len(sys.argv) > 1 else "web-shop"))
