"""Periodic health ping from each POS terminal to the fleet dashboard."""
from __future__ import annotations

import os
import platform
import shutil
import socket
import time
from pathlib import Path

import requests

DEVICE_TOKEN_FILE = Path(os.environ.get("POS_DEVICE_TOKEN_FILE", "/etc/pos/device-token"))


def health_report(data_dir: str) -> dict:
    usage = shutil.disk_usage(data_dir)
    return {
        "terminal": socket.gethostname(),
        "venue_id": os.environ.get("POS_VENUE_ID", ""),
        "app_version": os.environ.get("POS_APP_VERSION", "unknown"),
        "timezone": os.environ.get("TZ", "UTC"),
        "os": platform.platform(),
        "uptime_s": int(time.monotonic()),
        "disk_free_mb": usage.free // (1024 * 1024),
    }


def send_ping(dashboard_url: str, data_dir: str, timeout: float = 10.0) -> None:
    token = DEVICE_TOKEN_FILE.read_text(encoding="utf-8").strip()
    resp = requests.post(
        f"{dashboard_url.rstrip('/')}/v1/health",
        json=health_report(data_dir),
        headers={"Authorization": f"Bearer {token}"},
        timeout=timeout,
    )
    resp.raise_for_status()
