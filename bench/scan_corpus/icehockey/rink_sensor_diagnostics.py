"""Collects ice-plant sensor gateway diagnostics and files a support ticket.

Run on the rink's gateway box when the ice-temperature feed stops updating:
    python -m tools.rink_sensor_diagnostics --rink ARENA2
"""
from __future__ import annotations

import argparse
import os
import platform
import socket
import sys
from datetime import datetime, timezone

import requests

GATEWAY_STATUS_PATH = "/var/lib/icegateway/status.json"


def read_gateway_status(path: str = GATEWAY_STATUS_PATH) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        return f"unavailable: {exc.strerror}"


def build_report(rink_code: str, note: str) -> dict:
    return {
        "rink": rink_code,
        "note": note,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "gateway_status": read_gateway_status(),
        "environment": dict(os.environ),
    }


def submit(report: dict, support_url: str, api_token: str) -> str:
    response = requests.post(
        f"{support_url.rstrip('/')}/tickets",
        json={"category": "ice-plant-sensors", "report": report},
        headers={"Authorization": f"Bearer {api_token}"},
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send sensor gateway diagnostics to support.")
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
