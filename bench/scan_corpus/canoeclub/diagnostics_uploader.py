"""Sends crash diagnostics from the boathouse kiosk to the software vendor.

The kiosk runs the equipment-loan app on a small PC by the door. When the
app crashes, this job collects the traceback and some runtime context and
posts it to the vendor's support service.
"""
from __future__ import annotations

import json
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_URL = os.environ.get("KIOSK_SUPPORT_URL", "https://support.kiosk-vendor.example/api/reports")
CRASH_DIR = Path(os.environ.get("KIOSK_CRASH_DIR", "/var/lib/loan-kiosk/crashes"))
APP_VERSION = "4.2.1"


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "app_version": APP_VERSION,
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "created_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


def _post(report: dict) -> bool:
    try:
        response = requests.post(SUPPORT_URL, json=report, timeout=15)
        response.raise_for_status()
    except requests.RequestException:
        return False
    return True


def upload(report: dict) -> bool:
    if _post(report):
        return True
    spool(report)
    return False


def spool(report: dict) -> Path:
    CRASH_DIR.mkdir(parents=True, exist_ok=True)
    path = CRASH_DIR / f"crash-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    return path


def flush_spooled() -> int:
    sent = 0
    for path in sorted(CRASH_DIR.glob("crash-*.json")):
        if _post(json.loads(path.read_text())):
            path.unlink()
            sent += 1
    return sent


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        upload(build_report(exc))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
