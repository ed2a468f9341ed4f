"""Collects diagnostics from the in-van route tablet and ships them to the support vendor."""
from __future__ import annotations

import json
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_ENDPOINT = "https://support.routeboard.io/api/diagnostics"
LOG_DIR = Path("/var/log/routeboard")


def runtime_snapshot() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "process_env": dict(os.environ),
        "taken_at": datetime.now(timezone.utc).isoformat(),
    }


def recent_logs(limit_bytes: int = 200_000) -> dict[str, str]:
    logs = {}
    for path in sorted(LOG_DIR.glob("*.log")):
        data = path.read_bytes()[-limit_bytes:]
        logs[path.name] = data.decode("utf-8", errors="replace")
    return logs


class DiagnosticsUploader:
    def __init__(self, van_registration: str, ticket_ref: str | None = None) -> None:
        self.van_registration = van_registration
        self.ticket_ref = ticket_ref
        self.bundle: dict | None = None

    def collect(self) -> None:
        self.bundle = {
            "van": self.van_registration,
            "ticket": self.ticket_ref,
            "runtime": runtime_snapshot(),
            "logs": recent_logs(),
        }

    def send(self) -> str:
        if self.bundle is None:
            self.collect()
        resp = requests.post(
            SUPPORT_ENDPOINT,
            data=json.dumps(self.bundle),
            headers={"Content-Type": "application/json"},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()["upload_id"]
