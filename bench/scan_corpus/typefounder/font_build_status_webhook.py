"""Post a summary to the team chat channel when a nightly family build succeeds."""

import os
from dataclasses import dataclass

import requests

RELEASE_CHANNEL = "#type-releases"


@dataclass
class BuildSummary:
    family: str
    version: str
    styles: int
    duration_s: float
    artifact_url: str


def _format(summary: BuildSummary) -> dict:
    return {
        "channel": RELEASE_CHANNEL,
        "text": (
            f":white_check_mark: *{summary.family}* {summary.version} built "
            f"({summary.styles} styles, {summary.duration_s:.0f}s)"
        ),
        "attachments": [{"title": "Artifacts", "title_link": summary.artifact_url}],
    }


def post_build_summary(summary: BuildSummary) -> None:
    webhook_url = os.environ.get("BUILD_CHAT_WEBHOOK_URL")
    if not webhook_url:
        return
    resp = requests.post(webhook_url, json=_format(summary), timeout=10)
    resp.raise_for_status()


def post_many(summaries: list[BuildSummary]) -> int:
    sent = 0
    for summary in summaries:
        try:
            post_build_summary(summary)
            sent += 1
        except requests.RequestException:
            continue
    return sent
