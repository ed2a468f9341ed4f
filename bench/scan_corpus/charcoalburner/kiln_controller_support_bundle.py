"""Send a support bundle from the retort controller to the vendor.

When the retort's damper or flue fan faults, the burner presses "send
diagnostics" and this job posts the controller state to the vendor.  Only
a fixed set of non-secret settings is included from the environment.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("kiln_support")

STATE_FILE = Path("/var/lib/kilnctl/state.json")
FAULT_LOG = Path("/var/log/kilnctl/faults.log")
REPORTABLE_SETTINGS = (
    "KILNCTL_VERSION",
    "KILNCTL_PROFILE",
    "KILNCTL_SITE_CODE",
    "KILNCTL_PROBE_COUNT",
    "TZ",
)


def _tail(path: Path, lines: int = 200) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-lines:]


def _reportable_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTABLE_SETTINGS if name in os.environ}


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "created": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "controller_state": json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else None,
        "faults": _tail(FAULT_LOG),
        "settings": _reportable_settings(),
    }


def send_bundle(ticket: str, support_url: str) -> str:
    resp = requests.post(support_url, json=build_bundle(ticket), timeout=30)
    resp.raise_for_status()
    reference = resp.json().get("reference", "")
    log.info("diagnostics for ticket %s accepted as %s", ticket, reference)
    return reference


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send retort controller diagnostics")
    parser.add_argument("ticket", help="vendor support ticket number")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(send_bundle(args.ticket, os.environ["KILN_VENDOR_SUPPORT_URL"]))
