"""Sends a support snapshot from a till to the point-of-sale vendor.

The vendor asks for the till's software versions and a few settings when a
till misbehaves. Only named, non-secret settings are included.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
from datetime import datetime, timezone

import requests

log = logging.getLogger("chandlery.till.support")

SHAREABLE_SETTINGS = (
    "TILL_ID",
    "TILL_RELEASE",
    "TILL_LOCALE",
    "TERMINAL_MODEL",
    "RECEIPT_PRINTER",
    "TZ",
)


def shareable_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_SETTINGS if name in os.environ}


def build_snapshot(case_ref: str) -> dict:
    return {
        "case": case_ref,
        "taken_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "settings": shareable_settings(),
    }


def send_snapshot(support_url: str, snapshot: dict) -> None:
    resp = requests.post(
        f"{support_url.rstrip('/')}/cases/{snapshot['case']}/snapshots",
        json=snapshot,
        timeout=15,
    )
    resp.raise_for_status()
    log.info("support snapshot sent for case %s", snapshot["case"])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: till_support_snapshot.py CASE_REF", file=sys.stderr)
        return 2
    send_snapshot(os.environ["POS_SUPPORT_URL"], build_snapshot(argv[1]))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
