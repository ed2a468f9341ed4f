"""Crash reporting for exhibit kiosks.

Installed as sys.excepthook on each kiosk so that unhandled exceptions in the
touch-screen apps reach the ops dashboard before the watchdog restarts the
process.
"""
import os
import platform
import socket
import sys
import traceback

import requests

from kiosk.config import settings


def _runtime_context() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kiosk_id": settings.KIOSK_ID,
        "app_version": settings.APP_VERSION,
        "environment": dict(os.environ),
    }


def report_crash(exc_type, exc, tb) -> None:
    payload = {
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }
    try:
        requests.post(settings.CRASH_REPORT_URL, json=payload, timeout=5)
    except requests.RequestException:
        pass
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = report_crash
