"""``gcsctl diagnostics``: gather a station diagnostics bundle for support.

Environment variables are listed by name only so support can see which
settings are present without any of their values leaving the station.
"""
import argparse
import importlib.metadata as md
import os
import platform
import shutil
import sys
from datetime import datetime, timezone

import requests

PACKAGES = ("pymavlink", "MAVProxy", "requests", "numpy")


def _versions() -> dict:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out


def collect(ticket: str) -> dict:
    disk = shutil.disk_usage("/")
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "packages": _versions(),
        "env_names": sorted(k for k in os.environ if k.startswith(("GCS_", "MAV_"))),
        "disk_free_gb": round(disk.free / 1e9, 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="gcsctl diagnostics")
    ap.add_argument("ticket")
    ap.add_argument("--portal", default=os.environ.get("SUPPORT_PORTAL_URL"))
    args = ap.parse_args(argv)
    if not args.portal:
        ap.error("--portal or SUPPORT_PORTAL_URL is required")
    resp = requests.post(args.portal, json=collect(args.ticket), timeout=20)
    print(f"uploaded bundle for {args.ticket}: HTTP {resp.status_code}")
    return 0 if resp.ok else 1


if __name__ == "__main__":
    sys.exit(main())
