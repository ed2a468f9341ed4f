"""Posts a summary of each nightly sync run to the #etl-runs Slack channel.

SLACK_RUNS_WEBHOOK_URL is an incoming-webhook URL created for that channel.
"""
import os
import socket
from dataclasses import dataclass, field

import requests


@dataclass
class RunSummary:
    job: str
    rows_read: int
    rows_written: int
    duration_s: float
    failures: list[str] = field(default_factory=list)


def _message(summary: RunSummary) -> dict:
    icon = ":large_green_circle:" if not summary.failures else ":red_circle:"
    lines = [
        f"{icon} *{summary.job}* on `{socket.gethostname()}`",
        f"read {summary.rows_read:,} / wrote {summary.rows_written:,} rows in {summary.duration_s:.0f}s",
    ]
    lines += [f"• {f}" for f in summary.failures[:10]]
    return {"text": "\n".join(lines)}


def report(summary: RunSummary) -> None:
    webhook = os.environ.get("SLACK_RUNS_WEBHOOK_URL")
    if not webhook:
        return
    resp = requests.post(webhook, json=_message(summary), timeout=10)
    resp.raise_for_status()
