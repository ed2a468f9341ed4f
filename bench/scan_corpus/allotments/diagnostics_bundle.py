"""Diagnostics bundle for support tickets raised by the committee portal admin.

Only a short allow-list of non-secret settings is included, so that the
supplier can see how the portal is configured without receiving database
passwords, API keys or mail credentials.
"""
from __future__ import annotations

import os
import platform
import sys
from datetime import datetime, timezone

import requests

SHAREABLE_SETTINGS = (
    "ALLOTMENTS_RELEASE",
    "PORTAL_TIMEZONE",
    "PORTAL_WORKERS",
    "LOG_LEVEL",
    "FEATURE_WAITING_LIST_V2",
)


def shareable_environment() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_SETTINGS if name in os.environ}


def build_bundle(summary: str) -> dict:
    return {
        "summary": summary,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "os": platform.system(),
        "settings": shareable_environment(),
    }


def submit(summary: str) -> str:
    endpoint = os.environ["SUPPORT_UPLOAD_URL"]
    resp = requests.post(
        endpoint,
        json=build_bundle(summary),
        headers={"Authorization": f"Bearer {os.environ['SUPPORT_UPLOAD_TOKEN']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket"]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: diagnostics_bundle.py 'short description of the problem'")
    print("ticket:", submit(" ".join(sys.argv[1:])))
