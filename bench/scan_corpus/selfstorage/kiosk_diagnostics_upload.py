"""Collects a diagnostics bundle from a lobby rental kiosk and uploads it to support."""
from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import socket
import time
from pathlib import Path

import requests

log = logging.getLogger("kiosk.diagnostics")

KIOSK_LOG_DIR = Path(os.environ.get("KIOSK_LOG_DIR", "/var/log/kiosk"))
SUPPORT_URL = os.environ.get("KIOSK_SUPPORT_URL", "")
LOG_TAIL_LINES = 400


def _tail(path: Path, lines: int) -> list[str]:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-lines:]
    except OSError as exc:
        return [f"<unreadable: {exc.strerror}>"]


def _peripherals() -> dict:
    return {
        "card_reader": Path("/dev/ttyACM0").exists(),
        "receipt_printer": Path("/dev/usb/lp0").exists(),
        "camera": Path("/dev/video0").exists(),
    }


def _runtime() -> dict:
    usage = shutil.disk_usage("/")
    return {
        "python": platform.python_version(),
        "os": platform.platform(),
        "uptime_s": time.monotonic(),
        "disk_free_mb": usage.free // (1024 * 1024),
        "environment": dict(os.environ),
    }


def build_bundle(kiosk_id: str) -> dict:
    return {
        "kiosk_id": kiosk_id,
        "hostname": socket.gethostname(),
        "collected_at": time.time(),
        "peripherals": _peripherals(),
        "runtime": _runtime(),
        "logs": {p.name: _tail(p, LOG_TAIL_LINES) for p in sorted(KIOSK_LOG_DIR.glob("*.log"))},
    }


def upload(kiosk_id: str, ticket: str | None = None) -> str:
    if not SUPPORT_URL:
        raise RuntimeError("KIOSK_SUPPORT_URL is not configured")
    bundle = build_bundle(kiosk_id)
    resp = requests.post(
        SUPPORT_URL,
        data=json.dumps(bundle, default=str),
        headers={"Content-Type": "application/json", "X-Support-Ticket": ticket or ""},
        timeout=30,
    )
    resp.raise_for_status()
    reference = resp.json().get("reference", "")
    log.info("diagnostics uploaded for kiosk %s, reference %s", kiosk_id, reference)
    return reference


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(upload(os.environ.get("KIOSK_ID", socket.gethostname()), *sys.argv[1:2]))
