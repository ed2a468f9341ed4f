"""`hallctl bundle` - support information for box office terminal issues.

Only versions and the *names* of configured environment variables are
included; values never leave the terminal.
"""
import argparse
import os
import platform
import sys
from importlib import metadata

import requests

PACKAGES = ("django", "celery", "psycopg", "requests", "boxoffice-core")


def package_versions() -> dict:
    found = {}
    for dist in PACKAGES:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = None
    return found


def build_bundle(terminal: str) -> dict:
    return {
        "terminal": terminal,
        "python": platform.python_version(),
        "os": platform.platform(),
        "packages": package_versions(),
        "configured_vars": sorted(name for name in os.environ if name.startswith("BOXOFFICE_")),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="hallctl bundle")
    ap.add_argument("ticket")
    ap.add_argument("--terminal", default=platform.node())
    ap.add_argument("--endpoint", default=os.environ.get("VENDOR_SUPPORT_URL"))
    args = ap.parse_args(argv)
    if not args.endpoint:
        ap.error("set VENDOR_SUPPORT_URL or pass --endpoint")

    resp = requests.post(
        args.endpoint,
        json={"ticket": args.ticket, "bundle": build_bundle(args.terminal)},
        timeout=20,
    )
    resp.raise_for_status()
    print(f"Bundle {resp.json()['bundle_id']} attached to ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
