"""Upload a diagnostics summary from a studio workstation to the support desk.

Only non-sensitive facts are collected: versions, platform and a handful of
whitelisted deployment settings.
"""
import argparse
import os
import platform
import sys
from importlib import metadata

import requests

from studio_config import load_config

REPORTED_PACKAGES = ("django", "requests", "stripe", "pillow", "celery")
REPORTED_SETTINGS = ("APP_RELEASE", "STUDIO_REGION", "TZ")


def package_versions() -> dict:
    versions = {}
    for name in REPORTED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def collect(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": package_versions(),
        "settings": {key: os.environ.get(key) for key in REPORTED_SETTINGS},
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Send diagnostics to support")
    parser.add_argument("--ticket", required=True)
    args = parser.parse_args(argv)

    cfg = load_config()
    resp = requests.post(cfg.support_upload_url, json=collect(args.ticket), timeout=30)
    resp.raise_for_status()
    print(f"Diagnostics sent for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
