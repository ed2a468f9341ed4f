"""Uploads a diagnostics snapshot from a van tablet to the fleet service.

Run by the tablet agent when staff press "Send diagnostics" after a sync
problem, so the IT desk can see what state the tablet was in.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import requests

AGENT_DB = Path(os.environ.get("TABLET_AGENT_DB", "/data/mobilelibrary/agent.sqlite3"))


def _queue_depth() -> int:
    if not AGENT_DB.exists():
        return 0
    with sqlite3.connect(AGENT_DB) as conn:
        (count,) = conn.execute(
            "SELECT count(*) FROM pending_transactions WHERE uploaded = 0"
        ).fetchone()
    return int(count)


def collect_snapshot() -> dict:
    disk = shutil.disk_usage(AGENT_DB.parent if AGENT_DB.parent.exists() else "/")
    return {
        "hostname": socket.gethostname(),
        "taken_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "pending_transactions": _queue_depth(),
        "environment": dict(os.environ),
    }


def upload(snapshot: dict, endpoint: str, device_token: str) -> str:
    resp = requests.post(
        f"{endpoint.rstrip('/')}/v1/diagnostics",
        json=snapshot,
        headers={"Authorization": f"Device {device_token}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["ticket"]


def main() -> None:
    endpoint = os.environ["FLEET_SERVICE_URL"]
    device_token = os.environ["TABLET_DEVICE_TOKEN"]
    ticket = upload(collect_snapshot(), endpoint, device_token)
    print(f"Diagnostics sent. Quote reference {ticket} to the IT desk.")


if __name__ == "__main__":
    main()
