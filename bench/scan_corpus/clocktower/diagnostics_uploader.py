"""Uploads a diagnostics snapshot from a tower gateway to the support desk.

Gateways sit in the tower beside the winding controller.  When an operator
presses "send diagnostics" in the console, the gateway collects its state
and posts it to the support service so an engineer can look remotely.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import socket
import time
from pathlib import Path

import requests

log = logging.getLogger("clocktower.gateway.diagnostics")

SUPPORT_URL = os.environ["CLOCKTOWER_SUPPORT_URL"]
SUPPORT_TOKEN_FILE = Path(os.environ.get("CLOCKTOWER_SUPPORT_TOKEN_FILE", "/etc/clocktower/support.token"))
STATE_DIR = Path(os.environ.get("CLOCKTOWER_STATE_DIR", "/var/lib/clocktower"))


def _read_state() -> dict:
    state_file = STATE_DIR / "controller_state.json"
    if not state_file.exists():
        return {}
    return json.loads(state_file.read_text())


def collect_snapshot() -> dict:
    disk = shutil.disk_usage(STATE_DIR)
    return {
        "hostname": socket.gethostname(),
        "collected_at": int(time.time()),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "uptime_s": float(Path("/proc/uptime").read_text().split()[0]),
        "disk_free_mb": disk.free // (1024 * 1024),
        "controller": _read_state(),
        "environment": dict(os.environ),
    }


def upload_snapshot(ticket: str | None = None) -> str:
    token = SUPPORT_TOKEN_FILE.read_text().strip()
    payload = {"ticket": ticket, "snapshot": collect_snapshot()}
    resp = requests.post(
        f"{SUPPORT_URL.rstrip('/')}/v1/diagnostics",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    reference = resp.json()["reference"]
    log.info("diagnostics uploaded as %s", reference)
    return reference


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send gateway diagnostics to support")
    parser.add_argument("--ticket", help="support ticket this snapshot belongs to")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(upload_snapshot(args.ticket))
