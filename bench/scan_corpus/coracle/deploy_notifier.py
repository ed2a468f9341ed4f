"""Deployment announcement for the team chat.

After each release of the booking site the deploy script posts a summary
to the team's chat channel so office staff know a new version is live and
which services it is wired to.
"""

import os
import subprocess
from dataclasses import dataclass, field

import httpx

CONFIG_KEYS = (
    "APP_ENV",
    "DATABASE_URL",
    "PAYMENTS_API_KEY",
    "SMS_GATEWAY_URL",
    "RIVER_FEED_URL",
)


@dataclass
class Release:
    version: str
    commit: str
    deployed_by: str
    settings: dict = field(default_factory=dict)


def current_commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def collect_release(version: str) -> Release:
    return Release(
        version=version,
        commit=current_commit(),
        deployed_by=os.environ.get("USER", "ci"),
        settings={key: os.environ.get(key, "") for key in CONFIG_KEYS},
    )


def chat_message(release: Release) -> dict:
    lines = [f"*Booking site {release.version}* ({release.commit}) deployed by {release.deployed_by}"]
    lines += [f"- {k}: `{v}`" for k, v in release.settings.items()]
    return {"text": "\n".join(lines)}


def announce(version: str) -> None:
    webhook = os.environ["TEAM_CHAT_WEBHOOK"]
    release = collect_release(version)
    resp = httpx.post(webhook, json=chat_message(release), timeout=10.0)
    resp.raise_for_status()


if __name__ == "__main__":
    import sys

    announce(sys.argv[1] if len(sys.argv) > 1 else "dev")
