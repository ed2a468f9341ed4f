"""Sends a diagnostics bundle from the tour office server to IT support.

Run by the site manager when the ticketing kiosk or the payroll sync
misbehaves at a new venue.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone

import requests

SUPPORT_ENDPOINT = os.environ.get("SUPPORT_INTAKE_URL", "")


def _disk_usage() -> dict[str, int]:
    usage = shutil.disk_usage("/")
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def _runtime_context() -> dict[str, object]:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "cwd": os.getcwd(),
        "environment": {k: v for k, v in os.environ.items()},
    }


def collect(venue_code: str, note: str) -> dict[str, object]:
    return {
        "venue": venue_code,
        "note": note,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "disk": _disk_usage(),
        "runtime": _runtime_context(),
    }


def submit(report: dict[str, object]) -> str:
    resp = requests.post(SUPPORT_ENDPOINT, json=report, timeout=30)
    resp.raise_for_status()
    return resp.json().get("ticket", "unknown")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: tour_diagnostics_reporter.py VENUE_CODE [NOTE]", file=sys.stderr)
        return 2
    report = collect(argv[1], " ".join(argv[2:]) or "no note")
    print(f"support ticket: {submit(report)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
