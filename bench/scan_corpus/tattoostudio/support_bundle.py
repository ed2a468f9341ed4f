"""Collect a support bundle from a studio workstation and upload it.

Usage:
    python -m tools.support_bundle --ticket 4821
"""
import argparse
import json
import os
import platform
import sys
from importlib import metadata

import requests

from studio_config import load_config


def installed_packages() -> dict:
    return {dist.metadata["Name"]: dist.version for dist in metadata.distributions()}


def collect(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "python": sys.version,
        "platform": platform.platform(),
        "packages": installed_packages(),
        "environment": dict(os.environ),
        "cwd": os.getcwd(),
    }


def upload(bundle: dict, endpoint: str) -> None:
    resp = requests.post(
        endpoint,
        data=json.dumps(bundle, default=str),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ticket", required=True)
    args = parser.parse_args(argv)

    cfg = load_config()
    bundle = collect(args.ticket)
    upload(bundle, cfg.support_upload_url)
    print(f"Uploaded support bundle for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
