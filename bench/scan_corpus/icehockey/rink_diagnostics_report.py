"""Files a support ticket with scoreboard-controller diagnostics from a rink laptop.

    python -m tools.rink_diagnostics_report --rink ARENA1 --note "clock skips seconds"
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

CONTROLLER_LOG = "/var/log/scoreboard/controller.log"


def tail(path: str, lines: int = 200) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.readlines()[-lines:]
    except OSError as exc:
        return [f"log unavailable: {exc.strerror}"]


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def build_report(rink_code: str, note: str) -> dict:
    return {
        "rink": rink_code,
        "note": note,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "versions": {
            "scoreboard-agent": package_version("scoreboard-agent"),
            "pyserial": package_version("pyserial"),
        },
        "controller_log": tail(CONTROLLER_LOG),
    }


def submit(report: dict, support_url: str, api_token: str) -> str:
    response = requests.post(
        f"{support_url.rstrip('/')}/tickets",
        json={"category": "scoreboard", "report": report},
        headers={"Authorization": f"Bearer {api_token}"},
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send scoreboard diagnostics to support.")
    parser.add_argument("--rink", required=True)
    parser.add_argument("--note", default="")
    args = parser.parse_args(argv)

    support_url = os.environ.get("SUPPORT_API_URL")
    token = os.environ.get("SUPPORT_API_TOKEN")
    if not support_url or not token:
        print("SUPPORT_API_URL and SUPPORT_API_TOKEN must be set.", file=sys.stderr)
        return 2
    ticket = submit(build_report(args.rink, args.note), support_url, token)
    print(f"Diagnostics filed as ticket {ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
