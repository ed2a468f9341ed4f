"""Post a deployment summary to the estate's ops channel webhook.

Run at the end of each deploy of the ticketing, rota or census apps so
whoever is on call can see what went out and with which settings.
"""
from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from typing import Dict

import requests

REPORTED_SETTINGS = (
    "ESTATE_APP",
    "APP_VERSION",
    "DEPLOY_ENV",
    "TICKETS_TIMEZONE",
    "ROTA_WEEK_START",
    "CENSUS_SEASON",
    "FEATURE_GIFT_AID",
)


def git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True, timeout=5,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def settings_summary(env: Dict[str, str] | None = None) -> Dict[str, str]:
    env = os.environ if env is None else env
    return {name: env.get(name, "<unset>") for name in REPORTED_SETTINGS}


def build_message() -> dict:
    settings = settings_summary()
    lines = [f"*{k}*: {v}" for k, v in settings.items()]
    return {
        "text": (
            f"Deployed {settings['ESTATE_APP']} {settings['APP_VERSION']} "
            f"({git_revision()}) at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
            f"on Python {platform.python_version()}\n" + "\n".join(lines)
        )
    }


def main() -> int:
    webhook = os.environ.get("OPS_WEBHOOK_URL")
    if not webhook:
        print("OPS_WEBHOOK_URL not set; skipping deploy notice", file=sys.stderr)
        return 0
    resp = requests.post(webhook, json=build_message(), timeout=10)
    return 0 if resp.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
