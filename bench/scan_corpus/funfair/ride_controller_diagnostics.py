"""Sends a diagnostics snapshot from a ride's PLC gateway to the manufacturer's support desk.

Run by the ride engineer from the gateway box when a fault code will not clear.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("ride-diagnostics")

FAULT_LOG = Path(os.environ.get("RIDE_FAULT_LOG", "/var/lib/ridegw/faults.jsonl"))


def recent_faults(limit: int = 50) -> list[dict]:
    if not FAULT_LOG.exists():
        return []
    lines = FAULT_LOG.read_text(encoding="utf-8").splitlines()[-limit:]
    return [json.loads(line) for line in lines if line.strip()]


def build_snapshot(ride_serial: str, note: str) -> dict:
    return {
        "ride_serial": ride_serial,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "gateway": {
            "hostname": socket.gethostname(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "environment": dict(os.environ),
        "faults": recent_faults(),
        "engineer_note": note,
    }


def send_snapshot(endpoint: str, ticket: str, snapshot: dict) -> str:
    response = requests.post(
        f"{endpoint.rstrip('/')}/tickets/{ticket}/diagnostics",
        json=snapshot,
        timeout=30,
    )
    response.raise_for_status()
    return response.json().get("attachment_id", "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="support ticket number from the manufacturer")
    parser.add_argument("--ride-serial", default=os.environ.get("RIDE_SERIAL", "unknown"))
    parser.add_argument("--note", default="")
    parser.add_argument(
        "--endpoint",
        default=os.environ.get("RIDE_SUPPORT_ENDPOINT"),
        help="support desk API base URL",
    )
    args = parser.parse_args()
    if not args.endpoint:
        parser.error("--endpoint or RIDE_SUPPORT_ENDPOINT is required")

    logging.basicConfig(level=logging.INFO)
    snapshot = build_snapshot(args.ride_serial, args.note)
    attachment = send_snapshot(args.endpoint, args.ticket, snapshot)
    log.info("diagnostics attached to ticket %s as %s", args.ticket, attachment)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
