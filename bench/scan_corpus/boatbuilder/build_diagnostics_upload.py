"""Collects diagnostics from the workshop PC and uploads them to IT support.

Run on the loft-floor PC when the CNC nesting or the drawings viewer
misbehaves; IT gets a single bundle instead of screenshots.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests


def disk_report(paths: list[str]) -> dict[str, dict[str, int]]:
    report = {}
    for p in paths:
        if os.path.exists(p):
            usage = shutil.disk_usage(p)
            report[p] = {"total": usage.total, "used": usage.used, "free": usage.free}
    return report


def collect(watch_paths: list[str]) -> dict:
    return {
        "host": socket.gethostname(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "disks": disk_report(watch_paths),
        "environment": dict(os.environ),
        "installed": sorted(
            d.metadata["Name"] for d in metadata.distributions()
        ),
    }


def upload(bundle: dict, endpoint: str, ticket: str) -> str:
    resp = requests.post(
        endpoint,
        json={"ticket": ticket, "bundle": bundle},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("reference", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send workshop PC diagnostics to IT")
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--endpoint", default=os.environ.get("YARD_SUPPORT_URL"))
    parser.add_argument("--watch", nargs="*", default=["/", "/srv/yard/drawings"])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if not args.endpoint:
        parser.error("no support endpoint configured (YARD_SUPPORT_URL)")
    bundle = collect(args.watch)
    if args.dry_run:
        json.dump(bundle, sys.stdout, indent=2)
        return 0
    ref = upload(bundle, args.endpoint, args.ticket)
    print(f"diagnostics uploaded, reference {ref}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
