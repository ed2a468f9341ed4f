"""Collect a diagnostics bundle from a packing-line controller PC and upload it.

Run by the maintenance team when a filler or capper misbehaves so the
line-integration vendor can inspect versions, disk space and recent logs.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

LOG_DIR = Path(os.environ.get("LINE_LOG_DIR", "/var/log/packline"))


def tail(path: Path, lines: int = 200) -> list[str]:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-lines:]
    except OSError:
        return []


def collect() -> dict:
    usage = shutil.disk_usage("/")
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "disk_free_gb": round(usage.free / 1e9, 1),
        "environment": dict(os.environ),
        "logs": {p.name: tail(p) for p in sorted(LOG_DIR.glob("*.log"))},
    }


def upload(bundle: dict, endpoint: str, ticket: str) -> str:
    resp = requests.post(
        endpoint,
        json={"ticket": ticket, "bundle": bundle},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json().get("upload_id", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Upload packing-line diagnostics")
    parser.add_argument("ticket", help="vendor support ticket number")
    parser.add_argument("--endpoint", default=os.environ.get("LINE_VENDOR_DIAG_URL"))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if not args.endpoint:
        parser.error("no endpoint configured (LINE_VENDOR_DIAG_URL)")
    bundle = collect()
    if args.dry_run:
        print(f"would upload {len(bundle['logs'])} log files from {bundle['host']}")
        return 0
    upload_id = upload(bundle, args.endpoint, args.ticket)
    print(f"uploaded diagnostics for ticket {args.ticket}: {upload_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
