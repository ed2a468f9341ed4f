"""Collect a diagnostics bundle for the booking engine vendor's support desk.

Run by operations when a reservation incident is escalated to the vendor:

    python -m support_bundle_uploader --ticket INC-20431
"""
from __future__ import annotations

import argparse
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

PACKAGES = ("booking-engine", "sqlalchemy", "celery", "requests")


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _collect_runtime() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "packages": _package_versions(),
        "environment": dict(os.environ),
    }


def _tail(path: str, lines: int = 400) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError as exc:
        return f"<unavailable: {exc}>"


def build_bundle(ticket: str, log_path: str) -> dict:
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _collect_runtime(),
        "booking_log": _tail(log_path),
    }


def upload(bundle: dict, endpoint: str, ca_bundle: str) -> str:
    resp = requests.post(endpoint, json=bundle, timeout=60, verify=ca_bundle)
    resp.raise_for_status()
    return resp.json()["reference"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ticket", required=True)
    parser.add_argument("--log", default="/var/log/booking/engine.log")
    parser.add_argument("--endpoint", default=os.environ.get("VENDOR_SUPPORT_URL"))
    parser.add_argument("--ca-bundle", default="/etc/ssl/certs/ca-certificates.crt")
    args = parser.parse_args(argv)
    if not args.endpoint:
        parser.error("--endpoint or VENDOR_SUPPORT_URL is required")
    reference = upload(build_bundle(args.ticket, args.log), args.endpoint, args.ca_bundle)
    print(f"uploaded diagnostics for {args.ticket}, vendor reference {reference}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
