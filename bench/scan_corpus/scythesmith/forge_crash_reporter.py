"""Crash reporting for the forge floor services.

The heat-treatment scheduler and the bench kiosk gateway run on small
machines in the workshop. Unhandled exceptions are posted to the
operations collector so the on-call person sees them without SSH access.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from scythesmith.config import settings

COLLECTOR_URL = settings.CRASH_COLLECTOR_URL
SERVICE_NAME = settings.SERVICE_NAME


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc_value, exc_tb) -> dict:
    return {
        "service": SERVICE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc_value),
        "traceback": "".join(traceback.format_exception(exc_type, exc_value, exc_tb)),
        "context": _runtime_context(),
    }


def report_crash(exc_type, exc_value, exc_tb) -> None:
    report = build_report(exc_type, exc_value, exc_tb)
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=5)
    except requests.RequestException:
        pass
    sys.__excepthook__(exc_type, exc_value, exc_tb)


def install() -> None:
    if COLLECTOR_URL:
        sys.excepthook = report_crash
