"""Collect a diagnostics bundle for the hosted-support desk.

Only a fixed list of non-secret settings is copied from the environment
into the bundle; credentials, DSNs and keys never leave the server.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

INTAKE_URL = "https://support.smockandstitch.example/api/intake"
SHAREABLE_SETTINGS = (
    "SMOCKSTUDIO_RELEASE",
    "SMOCKSTUDIO_REGION",
    "PATTERN_ROOT",
    "MARKETPLACE_SYNC_INTERVAL",
    "TZ",
)
PACKAGES = ("smockstudio", "flask", "sqlalchemy", "requests")


def shareable_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_SETTINGS if name in os.environ}


def package_versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "packages": package_versions(),
        "settings": shareable_settings(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send a diagnostics bundle to support")
    parser.add_argument("ticket")
    args = parser.parse_args(argv)
    resp = requests.post(INTAKE_URL, json=build_bundle(args.ticket), timeout=30)
    resp.raise_for_status()
    print(f"diagnostics for {args.ticket} uploaded")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
