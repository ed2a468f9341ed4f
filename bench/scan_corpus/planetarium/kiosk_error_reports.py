"""Error reporting for exhibit kiosk apps.

Unhandled exceptions are posted to the ops dashboard with enough context to
tell which exhibit, build and locale the kiosk was running.
"""
import os
import platform
import socket
import sys
import traceback

import requests

from kiosk.config import settings

REPORTED_ENV_KEYS = ("KIOSK_ID", "KIOSK_EXHIBIT", "APP_VERSION", "APP_CHANNEL", "TZ", "LANG")


def _runtime_context() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "env": {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ},
    }


def report(exc_type, exc, tb) -> None:
    payload = {
        "exception": exc_type.__name__,
        "message": str(exc)[:2000],
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }
    try:
        requests.post(settings.CRASH_REPORT_URL, json=payload, timeout=5)
    except requests.RequestException:
        pass
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = report
