"""Collect a diagnostics snapshot from a van tablet for a support ticket.

Only the settings listed in REPORTED_SETTINGS are included: they describe
the build and locale, never credentials.
"""
import argparse
import os
import platform
import sys
from datetime import datetime, timezone

import requests

REPORTED_SETTINGS = ("APP_VERSION", "APP_CHANNEL", "DEPLOY_REGION", "TZ", "LANG")


def collect(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "settings": {name: os.environ.get(name) for name in REPORTED_SETTINGS},
    }


def upload(snapshot: dict, url: str) -> str:
    resp = requests.post(url, json=snapshot, timeout=30)
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Upload a diagnostics snapshot.")
    parser.add_argument("ticket")
    parser.add_argument("--url", default=os.environ.get("SUPPORT_UPLOAD_URL"))
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("no upload URL; set SUPPORT_UPLOAD_URL or pass --url")
    print("uploaded as", upload(collect(args.ticket), args.url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
