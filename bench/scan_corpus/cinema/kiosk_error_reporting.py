"""Report unhandled exceptions from the box-office kiosks to the ops collector."""
import os
import platform
import sys
import traceback
from importlib import metadata

import requests

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "")
KIOSK_ID = os.environ.get("KIOSK_ID", "unknown")


def _app_version() -> str:
    try:
        return metadata.version("boxoffice-kiosk")
    except metadata.PackageNotFoundError:
        return "dev"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "kiosk": KIOSK_ID,
        "version": _app_version(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "exception": exc_type.__name__,
        "traceback": "".join(traceback.format_tb(tb)),
    }


def send_report(report: dict) -> None:
    if not COLLECTOR_URL:
        return
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=5)
    except requests.RequestException:
        pass


def _hook(exc_type, exc, tb):
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook
